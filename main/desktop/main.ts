// The desktop shell's entry point (bundled to dist/desktop/main.js): a table
// of contents of the start-up, one file per feature.
import { app } from 'electron';
import { BriefdeskError } from '../../shared/model/errors';
import { createRuntime } from '../runtime/runtime';
import { builtPaths } from './built-paths';
import { setupContextMenu } from './context-menu';
import { resolveDataDir } from './data-dir-option';
import { setupGracefulQuit } from './graceful-quit';
import { setupIpc, setupWindowIpc } from './ipc';
import { setupMenu } from './menu';
import { openLibraryOrExplain } from './open-library';
import { createDesktopPdfPrinter } from './pdf-printer';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { safeStorageSecretStore } from './safe-storage-secret-store';
import { setupSecurity } from './security';
import { setupSingleInstance } from './single-instance';
import { setupWakeOnResume } from './wake-on-resume';
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
  // The library, its handlers, the outbox, the automatic backups and the index of the library (index.db); PDFs print in a hidden window.
  const runtime = createRuntime({
    dataDir,
    version: app.getVersion(),
    shell: 'desktop',
    secrets: safeStorageSecretStore(),
    pdfPrinter: createDesktopPdfPrinter,
  });
  const library = await openLibraryOrExplain(() => runtime.start(), dataDir);
  if (library === null) {
    app.quit();
    return;
  }
  setupAppProtocol({ rendererDir: paths.rendererDir, assetPath: (id) => library.current.assetPath(id) });
  setupWakeOnResume(runtime);
  const ipc = setupIpc(runtime.handlers);
  setupWindowIpc();
  setupGracefulQuit(async () => {
    await ipc.close();
    await runtime.stop();
  });
  setupMenu(dataDir);
  setupMainWindow(paths.preload);
}

main().catch((error: unknown) => {
  const reason = error instanceof BriefdeskError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`briefdesk: could not start: ${reason}\n`);
  app.exit(1);
});
