import { app, type BrowserWindow, dialog } from 'electron';

/** How long to let the page's save run before closing again, and how often. */
const RETRY_MS = 250;
const MAX_RETRIES = 20;

/**
 * The page refuses to unload (its beforeunload) while a brief has unsaved
 * changes, and starts saving them. Electron then silently cancels the close
 * or quit; this retries it until the save has landed, and after ~5 s asks
 * the analyst whether to close anyway.
 */
export function setupUnsavedChangesGuard(window: BrowserWindow): void {
  let quitting = false;
  let retries = 0;
  const onBeforeQuit = (): void => {
    quitting = true;
  };
  app.on('before-quit', onBeforeQuit);
  window.on('closed', () => app.off('before-quit', onBeforeQuit));

  window.webContents.on('will-prevent-unload', (event) => {
    if (retries < MAX_RETRIES) {
      retries += 1;
      const retryQuit = quitting;
      quitting = false;
      setTimeout(() => {
        if (retryQuit) app.quit();
        else if (!window.isDestroyed()) window.close();
      }, RETRY_MS);
      return;
    }
    retries = 0;
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep Editing', 'Close Without Saving'],
      defaultId: 0,
      cancelId: 0,
      message: 'Your latest changes are not saved yet.',
      detail: 'Briefdesk could not write them to the library. If you close now, they will be lost.',
    });
    if (choice === 1) event.preventDefault(); // ignore the page's refusal: close
  });
}
