import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FULL_SCREEN_CHANNEL } from '../../../../shared/api/window-controls';
import { electronDouble, FakeBrowserWindow, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { setupWindowIpc } = await import('../../../../main/desktop/ipc');

const APP_URL = 'briefdesk://app/index.html';

/** Asks for full screen `on` from `window`'s page (or from a page at `url`), as the preload does. */
function ask(window: FakeBrowserWindow, on: unknown, url = APP_URL): unknown {
  const handler = electronDouble.ipcMain.handlers.get(FULL_SCREEN_CHANNEL);
  if (!handler) throw new Error('no full-screen handler');
  return handler({ senderFrame: { url }, sender: window.webContents }, on);
}

beforeEach(() => {
  resetElectronDouble();
  setupWindowIpc();
});

describe('full screen for focus mode', () => {
  it('makes the asking window full screen, and leaves it when focus mode ends', () => {
    const window = new FakeBrowserWindow({});
    const other = new FakeBrowserWindow({});
    expect(ask(window, true)).toBe(true);
    expect(window.isFullScreen()).toBe(true);
    expect(other.isFullScreen()).toBe(false);
    expect(ask(window, false)).toBe(true);
    expect(window.isFullScreen()).toBe(false);
    expect(window.setFullScreen).toHaveBeenCalledTimes(2);
  });

  it('leaves a window the analyst made full screen before focus mode as it was', () => {
    const window = new FakeBrowserWindow({});
    window.setFullScreen(true);
    ask(window, true);
    ask(window, false);
    expect(window.isFullScreen()).toBe(true);
  });

  it('does not take the window out of a full screen the analyst entered again by hand', () => {
    const window = new FakeBrowserWindow({});
    ask(window, true);
    window.setFullScreen(false); // the analyst leaves full screen (F11, the green button)…
    window.setFullScreen(true); // …and enters it again while focus mode is still on
    ask(window, false);
    expect(window.isFullScreen()).toBe(true);
  });

  it('refuses a frame that is not the app page, and anything but a boolean', () => {
    const window = new FakeBrowserWindow({});
    expect(ask(window, true, 'https://evil.example/')).toBe(false);
    expect(ask(window, 'yes')).toBe(false);
    expect(ask(window, 1)).toBe(false);
    expect(window.setFullScreen).not.toHaveBeenCalled();
  });

  it('answers false for a window that is gone', () => {
    const window = new FakeBrowserWindow({});
    window.destroy();
    expect(ask(window, true)).toBe(false);
    expect(window.setFullScreen).not.toHaveBeenCalled();
  });
});
