import { beforeEach, describe, expect, it, vi } from 'vitest';
import { electronDouble, FakeBrowserWindow, fakeEvent, resetElectronDouble } from '../electron-double';

vi.mock('electron', async () => (await import('../electron-double')).electronDouble);

const { createMainWindow, revealMainWindow, secureWebPreferences, setupMainWindow } = await import('../../../../main/desktop/window');

beforeEach(() => resetElectronDouble());

describe('desktop main window', () => {
  it('uses the secure web preferences: isolated, sandboxed, no Node, web security on', () => {
    const prefs = secureWebPreferences('/app/dist/desktop/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/dist/desktop/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    });
  });

  it('opens hidden on the app page, titled Briefdesk, and shows when ready', () => {
    const window = createMainWindow('/app/dist/desktop/preload.cjs');
    expect(window).toBeInstanceOf(FakeBrowserWindow);
    const [created] = FakeBrowserWindow.created;
    if (!created) throw new Error('no window was created');
    expect(created.options).toMatchObject({ title: 'Briefdesk', show: false });
    expect(created.options.webPreferences).toEqual(secureWebPreferences('/app/dist/desktop/preload.cjs'));
    // The window can be made as small as half a small laptop screen, which the layout reflows to.
    expect(created.options).toMatchObject({ minWidth: 640, minHeight: 480 });
    expect(Number(created.options.width)).toBeGreaterThanOrEqual(Number(created.options.minWidth));
    expect(created.loadURL).toHaveBeenCalledWith('briefdesk://app/index.html');
    expect(created.show).not.toHaveBeenCalled();
    created.emit('ready-to-show');
    expect(created.show).toHaveBeenCalledTimes(1);
  });

  it('follows the system theme for the background it paints before the page', () => {
    createMainWindow('/p.cjs');
    electronDouble.nativeTheme.shouldUseDarkColors = true;
    createMainWindow('/p.cjs');
    const [light, dark] = FakeBrowserWindow.created.map((window) => window.options.backgroundColor);
    expect(light).not.toEqual(dark);
  });
});

describe('closing with unsaved changes', () => {
  it('retries the close while the page saves, then asks before discarding', () => {
    vi.useFakeTimers();
    try {
      createMainWindow('/p.cjs');
      const [window] = FakeBrowserWindow.created;
      if (!window) throw new Error('no window was created');
      const refuse = () => {
        const event = fakeEvent();
        window.webContents.emit('will-prevent-unload', event);
        return event;
      };

      expect(refuse().defaultPrevented).toBe(false);
      vi.advanceTimersByTime(300);
      expect(window.close).toHaveBeenCalledTimes(1);

      electronDouble.app.emit('before-quit', fakeEvent());
      refuse();
      vi.advanceTimersByTime(300);
      expect(electronDouble.app.quit).toHaveBeenCalledTimes(1);

      for (let i = 0; i < 18; i += 1) refuse();
      expect(electronDouble.dialog.showMessageBoxSync).not.toHaveBeenCalled();
      electronDouble.dialog.showMessageBoxSync.mockReturnValueOnce(0);
      expect(refuse().defaultPrevented).toBe(false);
      electronDouble.dialog.showMessageBoxSync.mockReturnValueOnce(1);
      for (let i = 0; i < 20; i += 1) refuse();
      expect(refuse().defaultPrevented).toBe(true);
      expect(electronDouble.dialog.showMessageBoxSync).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('main window lifecycle', () => {
  it('brings the window forward on a second launch, and reopens it once closed', () => {
    revealMainWindow(); // before start-up: nothing to show, nothing to open
    expect(FakeBrowserWindow.created).toHaveLength(0);

    setupMainWindow('/p.cjs');
    const [first] = FakeBrowserWindow.created;
    if (!first) throw new Error('no window was created');
    first.isMinimized.mockReturnValue(true);
    revealMainWindow();
    expect(first.restore).toHaveBeenCalled();
    expect(first.focus).toHaveBeenCalled();

    first.emit('closed');
    revealMainWindow();
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });
});
