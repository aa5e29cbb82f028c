import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BriefdeskError } from '../../shared/model/errors';
import { defaultDataDir } from '../services/data-dir';
import { ChromiumPdfPrinter } from '../services/export/chromium-pdf';
import { startAutoBackups } from '../services/backup/auto-backup';
import { LibraryHolder } from '../services/backup/library-holder';
import { switchableHandlers } from '../services/backup/switchable-handlers';
import { openLibraryForApp } from '../services/migrations/open-for-app';
import type { LibraryStore } from '../services/library-store';
import { OutboxRunner } from '../services/publish/outbox-runner';
import { publishEnvOf } from '../services/publish/publish-handlers';
import { appVersion } from '../shell/app-version';
import { startWebServer } from './server';

// Built to dist/web/main.js: the renderer is at dist/renderer, package.json two levels up.
const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.resolve(here, '../renderer');
const packageJson = path.resolve(here, '../../package.json');

const usage = 'Usage: npm run web -- [--data DIR] [--port N]';

function fail(message: string, code = 1): never {
  process.stderr.write(`briefdesk: ${message}\n`);
  process.exit(code);
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a number from 0 to 65535. ${usage}`, 2);
  return port;
}

async function main(): Promise<void> {
  let values: { data?: string; port?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { data: { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    }));
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const dataDir = path.resolve(values.data ?? defaultDataDir());
  const port = parsePort(values.port);

  let store: LibraryStore;
  try {
    store = await openLibraryForApp(dataDir);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  // Chromium starts on the first PDF export and stays for the next ones.
  const pdfPrinter = new ChromiumPdfPrinter();
  // A restored backup can replace the library while the shell runs: everything goes through the holder.
  const library = new LibraryHolder(store, (dir) => openLibraryForApp(dir));
  // Publishes waiting in the outbox are sent when due, and at once when the page says it is online again
  // (wakeOutbox); passwords: a key file outside the library.
  const outbox = new OutboxRunner(() => library.current, publishEnvOf(store, { version: appVersion(packageJson) }), {
    onError: (error) => process.stderr.write(`briefdesk: outbox: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  const handlers = switchableHandlers(library, { version: appVersion(packageJson), shell: 'browser', pdfPrinter, outbox });
  startAutoBackups(() => library.current, { appVersion: appVersion(packageJson) });
  outbox.start();
  const server = await startWebServer({
    handlers,
    assetPath: (id) => library.current.assetPath(id),
    rendererDir,
    port,
  }).catch(async (error: unknown) => {
    await store.close();
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`could not start the browser shell on port ${port}: ${reason}`);
  });

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      await server.close();
      await outbox.stop();
      await pdfPrinter.close().catch(() => undefined);
      await library.close();
      process.exit(0);
    } catch (error) {
      fail(`could not finish writing the library: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  process.stdout.write(`Briefdesk is running at ${server.url}\n`);
}

main().catch((error: unknown) => {
  fail(error instanceof BriefdeskError ? error.message : `unexpected error: ${String(error)}`);
});
