import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methodNames } from '../../../../shared/api/contract';
import { createBridge } from '../../../../main/desktop/bridge';
import { FULL_SCREEN_CHANNEL } from '../../../../shared/api/window-controls';
import { electronDouble, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

beforeEach(() => resetElectronDouble());

describe('desktop preload bridge', () => {
  it('has exactly the contract methods, each a function', () => {
    const bridge = createBridge(vi.fn());
    expect(Object.keys(bridge).sort()).toEqual([...methodNames].sort());
    for (const name of methodNames) expect(typeof bridge[name]).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each method on its own channel with its one input, and returns the answer', async () => {
    const invoke = vi.fn(async (channel: string, input: unknown) => ({ ok: true as const, value: { channel, input } }));
    const bridge = createBridge(invoke);
    for (const name of methodNames) {
      const input = { marker: name };
      expect(await Reflect.apply(bridge[name], undefined, [input, 'an extra argument'])).toEqual({
        ok: true,
        value: { channel: ipcChannel(name), input },
      });
    }
    expect(invoke).toHaveBeenCalledTimes(methodNames.length);
    for (const call of invoke.mock.calls) expect(call).toHaveLength(2);
  });

  it('exposes the bridge as window.briefdesk, full screen as window.briefdeskWindow, and nothing else (no ipcRenderer, no channel strings)', async () => {
    await import('../../../../main/desktop/preload');
    const expose = electronDouble.contextBridge.exposeInMainWorld;
    expect(expose.mock.calls.map(([key]) => key)).toEqual(['briefdesk', 'briefdeskWindow']);
    const [, controls] = expose.mock.calls[1] ?? [];
    if (typeof controls !== 'object' || controls === null) throw new Error('the preload exposed no window controls');
    expect(Object.keys(controls)).toEqual(['setFullScreen']);
    electronDouble.ipcRenderer.invoke.mockResolvedValueOnce(true);
    expect(await Reflect.apply(Reflect.get(controls, 'setFullScreen'), undefined, ['not a boolean'])).toBe(true);
    expect(electronDouble.ipcRenderer.invoke).toHaveBeenLastCalledWith(FULL_SCREEN_CHANNEL, false);
    const [key, api] = expose.mock.calls[0] ?? [];
    expect(key).toBe('briefdesk');
    if (typeof api !== 'object' || api === null) throw new Error('the preload exposed no object');
    expect(Object.keys(api).sort()).toEqual([...methodNames].sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipc|invoke|send|process|briefdesk:/);

    await Reflect.apply(Reflect.get(api, 'getBrief'), undefined, [{ id: 'abc12345' }]);
    expect(electronDouble.ipcRenderer.invoke).toHaveBeenCalledWith('briefdesk:getBrief', { id: 'abc12345' });
  });
});
