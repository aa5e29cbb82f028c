import { app, Menu, type MenuItemConstructorOptions, shell } from 'electron';

export interface MenuOptions {
  /** macOS gets the app menu and its own Window menu conventions. */
  isMac: boolean;
  /** Development builds get Reload and the developer tools; packaged builds do not. */
  isDev: boolean;
  /** Opens the library folder in the system's file manager. */
  showLibraryFolder: () => void;
}

/** The application menu: standard roles only, so shortcuts and platform conventions come for free. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, isDev } = options;
  const appMenu: MenuItemConstructorOptions[] = isMac ? [{ role: 'appMenu' }] : [];
  const devTools: MenuItemConstructorOptions[] = isDev
    ? [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        { label: 'Show Library Folder', click: () => options.showLibraryFolder() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...devTools,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: isMac ? [{ label: 'Show Library Folder', click: () => options.showLibraryFolder() }] : [{ role: 'about' }],
    },
  ];
}

/** Installs the application menu for this platform and build. */
export function setupMenu(dataDir: string): void {
  const template = menuTemplate({
    isMac: process.platform === 'darwin',
    isDev: !app.isPackaged,
    showLibraryFolder: () => void shell.openPath(dataDir),
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
