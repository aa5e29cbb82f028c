import { app, dialog } from 'electron';

/**
 * Holds the quit until `shutdown` has finished (IPC drained, the library
 * written and closed), then quits for real. The hold is on 'will-quit', after
 * the windows have closed, so a page's last save still reaches the library.
 * SIGINT and SIGTERM take the same path.
 */
export function setupGracefulQuit(shutdown: () => Promise<void>): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('will-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    shutdown()
      .catch((error: unknown) => {
        const reason = error instanceof Error ? error.message : String(error);
        dialog.showErrorBox('Briefdesk could not finish saving', `Some changes may not have been written.\n\n${reason}`);
      })
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
}
