import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BriefdeskError } from '../../../../shared/model/errors';
import { builtPaths } from '../../../../main/desktop/built-paths';
import { resolveDataDir } from '../../../../main/desktop/data-dir-option';
import { electronDouble, fakeEvent, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { describeOpenFailure, openLibraryOrExplain } = await import('../../../../main/desktop/open-library');
const { setupGracefulQuit } = await import('../../../../main/desktop/graceful-quit');
const { setupSingleInstance } = await import('../../../../main/desktop/single-instance');

beforeEach(() => resetElectronDouble());

describe('data folder choice', () => {
  const userData = '/home/a/.config/Briefdesk';

  it('uses userData by default', () => {
    expect(resolveDataDir(['/usr/bin/briefdesk'], {}, userData)).toBe(path.resolve(userData));
  });

  it('takes --data=DIR or --data DIR first, then BRIEFDESK_DATA_DIR', () => {
    const env = { BRIEFDESK_DATA_DIR: '/env/lib' };
    expect(resolveDataDir(['electron', '.', '--data=/tmp/lib'], env, userData)).toBe(path.resolve('/tmp/lib'));
    expect(resolveDataDir(['electron', '.', '--data', '/tmp/lib2'], env, userData)).toBe(path.resolve('/tmp/lib2'));
    expect(resolveDataDir(['electron', '.'], env, userData)).toBe(path.resolve('/env/lib'));
    expect(resolveDataDir(['electron', '.', '--data='], {}, userData)).toBe(path.resolve(userData));
  });
});

describe('built paths', () => {
  it('finds the renderer and preload relative to dist/desktop/main.js', () => {
    const paths = builtPaths(new URL('file:///opt/Briefdesk/resources/app.asar/dist/desktop/main.js').href);
    expect(paths.rendererDir).toBe(path.resolve('/opt/Briefdesk/resources/app.asar/dist/renderer'));
    expect(paths.preload).toBe(path.resolve('/opt/Briefdesk/resources/app.asar/dist/desktop/preload.cjs'));
  });
});

describe('opening the library', () => {
  it('explains a library held by another Briefdesk', async () => {
    const locked = new BriefdeskError('locked', 'This library is open in another Briefdesk (process 42).');
    const store = await openLibraryOrExplain(async () => Promise.reject(locked), '/lib');
    expect(store).toBeNull();
    expect(electronDouble.dialog.showErrorBox).toHaveBeenCalledWith(
      'Briefdesk is already open',
      'This library is open in another Briefdesk (process 42).',
    );
  });

  it('explains any other failure, naming the folder', () => {
    const { title, message } = describeOpenFailure(new Error('EACCES: permission denied'), '/lib');
    expect(title).toBe('Briefdesk cannot open its library');
    expect(message).toContain('/lib');
    expect(message).toContain('EACCES');
  });

  it('returns the store when it opens', async () => {
    const store = { name: 'store' };
    expect(await openLibraryOrExplain(async () => store, '/lib')).toBe(store);
    expect(electronDouble.dialog.showErrorBox).not.toHaveBeenCalled();
  });
});

describe('quitting', () => {
  it('holds the quit until the library is closed, then quits again', async () => {
    let finish: () => void = () => undefined;
    const shutdown = vi.fn(
      () =>
        new Promise<void>((resolve) => {
          finish = resolve;
        }),
    );
    setupGracefulQuit(shutdown);
    const first = fakeEvent();
    electronDouble.app.emit('will-quit', first);
    expect(first.defaultPrevented).toBe(true);
    const again = fakeEvent();
    electronDouble.app.emit('will-quit', again);
    expect(again.defaultPrevented).toBe(true);
    expect(shutdown).toHaveBeenCalledTimes(1);
    expect(electronDouble.app.quit).not.toHaveBeenCalled();

    finish();
    await vi.waitFor(() => expect(electronDouble.app.quit).toHaveBeenCalledTimes(1));
    const last = fakeEvent();
    electronDouble.app.emit('will-quit', last);
    expect(last.defaultPrevented).toBe(false);
  });

  it('still quits, after saying so, when the library fails to close', async () => {
    setupGracefulQuit(async () => Promise.reject(new Error('disk full')));
    electronDouble.app.emit('will-quit', fakeEvent());
    await vi.waitFor(() => expect(electronDouble.app.quit).toHaveBeenCalledTimes(1));
    expect(electronDouble.dialog.showErrorBox.mock.calls[0]?.[1]).toContain('disk full');
  });
});

describe('single instance', () => {
  it('lets the second launch quit, and reveals the first window on a second launch', () => {
    const reveal = vi.fn();
    expect(setupSingleInstance(reveal)).toBe(true);
    electronDouble.app.emit('second-instance', fakeEvent(), ['electron', '.'], '/');
    expect(reveal).toHaveBeenCalledTimes(1);

    electronDouble.app.requestSingleInstanceLock.mockReturnValue(false);
    expect(setupSingleInstance(reveal)).toBe(false);
  });
});
