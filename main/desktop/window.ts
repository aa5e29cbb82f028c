import { app, BrowserWindow, nativeTheme, type WebPreferences } from 'electron';
import { APP_ENTRY_URL } from './app-url';
import { setupUnsavedChangesGuard } from './unsaved-changes';

/** Window background while the page loads, matching the renderer's light and dark themes. */
const BACKGROUND = { light: '#f7f6f2', dark: '#16191f' } as const;

/**
 * The renderer's web preferences: isolated, sandboxed, no Node, web security
 * on. The preload is the renderer's only way to the main process.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** The background colour for the current system theme. */
export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light;
}

/** Opens the main window on the app's page; it shows once its first paint is ready. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    title: 'Briefdesk',
    width: 1280,
    height: 840,
    // Half of a small laptop screen: the layout reflows down to here (and, zoomed, further).
    minWidth: 640,
    minHeight: 480,
    show: false,
    backgroundColor: windowBackground(),
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  setupUnsavedChangesGuard(window);
  void window.loadURL(APP_ENTRY_URL);
  return window;
}

let mainWindow: BrowserWindow | null = null;
let openMainWindow: (() => void) | null = null;

/**
 * Brings the main window forward (a second launch of the app): restores it
 * when minimised, reopens it when it was closed (macOS), and does nothing
 * before start-up has opened the first one.
 */
export function revealMainWindow(): void {
  if (mainWindow === null) {
    openMainWindow?.();
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

/**
 * Opens the main window and keeps the platform's habits: on macOS the app
 * stays running with no window and the Dock icon reopens it; elsewhere
 * closing the last window quits.
 */
export function setupMainWindow(preloadPath: string): void {
  const open = (): void => {
    const window = createMainWindow(preloadPath);
    window.on('closed', () => {
      if (mainWindow === window) mainWindow = null;
    });
    mainWindow = window;
  };
  openMainWindow = open;
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null) open();
  });
  open();
}
