import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcChannel, methodNames } from '../../../../shared/api/contract';
import { createBridge } from '../../../../main/desktop/bridge';
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

  it('exposes the bridge as window.briefdesk and nothing else (no ipcRenderer, no channel strings)', async () => {
    await import('../../../../main/desktop/preload');
    const expose = electronDouble.contextBridge.exposeInMainWorld;
    expect(expose).toHaveBeenCalledTimes(1);
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
