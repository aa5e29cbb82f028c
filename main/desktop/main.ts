// The desktop shell's entry point (bundled to dist/desktop/main.js): a table
// of contents of the start-up, one file per feature.
import { app } from 'electron';
import { BriefdeskError } from '../../shared/model/errors';
import { startAutoBackups } from '../services/backup/auto-backup';
import { LibraryHolder } from '../services/backup/library-holder';
import { switchableHandlers } from '../services/backup/switchable-handlers';
import { openLibraryForApp } from '../services/library/open-library';
import { builtPaths } from './built-paths';
import { setupContextMenu } from './context-menu';
import { resolveDataDir } from './data-dir-option';
import { setupGracefulQuit } from './graceful-quit';
import { setupIpc } from './ipc';
import { setupMenu } from './menu';
import { setupOutbox } from './outbox';
import { openLibraryOrExplain } from './open-library';
import { createDesktopPdfPrinter } from './pdf-printer';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { safeStorageSecretStore } from './safe-storage-secret-store';
import { setupSecurity } from './security';
import { setupSingleInstance } from './single-instance';
import { revealMainWindow, setupMainWindow } from './window';

async function main(): Promise<void> {
  const paths = builtPaths(import.meta.url);
  // Before any await: the scheme must be registered before 'ready', and
  // the security handlers must be in place before the first web contents.
  registerAppScheme();
  if (!setupSingleInstance(revealMainWindow)) {
    app.quit();
    return;
  }
  setupSecurity();
  setupContextMenu();
  const dataDir = resolveDataDir(process.argv, process.env, app.getPath('userData'));

  await app.whenReady();
  const store = await openLibraryOrExplain((dir) => openLibraryForApp(dir), dataDir);
  if (store === null) {
    app.quit();
    return;
  }
  // A restored backup can replace the library while the app runs: everything goes through the holder.
  const library = new LibraryHolder(store, (dir) => openLibraryForApp(dir));
  setupAppProtocol({ rendererDir: paths.rendererDir, assetPath: (id) => library.current.assetPath(id) });
  const secrets = safeStorageSecretStore();
  const outbox = setupOutbox(() => library.current, secrets, app.getVersion());
  const ipc = setupIpc(switchableHandlers(library, { version: app.getVersion(), shell: 'desktop', pdfPrinter: createDesktopPdfPrinter(), secrets, outbox }));
  startAutoBackups(() => library.current, { appVersion: app.getVersion() });
  setupGracefulQuit(async () => {
    await ipc.close();
    await outbox.stop();
    await library.close();
  });
  setupMenu(dataDir);
  setupMainWindow(paths.preload);
}

main().catch((error: unknown) => {
  const reason = error instanceof BriefdeskError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`briefdesk: could not start: ${reason}\n`);
  app.exit(1);
});
