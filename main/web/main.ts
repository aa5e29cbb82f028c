import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { ApiHandlers } from '../../shared/api/contract';
import { BriefdeskError } from '../../shared/model/errors';
import { defaultDataDir } from '../services/library/data-dir';
import { ChromiumPdfPrinter } from '../services/export/chromium-pdf';
import { LibraryHolder } from '../services/backup/library-holder';
import { switchableHandlers } from '../services/backup/switchable-handlers';
import { openLibraryForApp } from '../services/library/open-library';
import type { LibraryStore } from '../services/library/library-store';
import type { OutboxRunner } from '../services/publish/outbox-runner';
import { appVersion } from '../shell/app-version';
import { handlersWhenReady } from './handlers-when-ready';
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

/** At the latest this long after the library has opened, the background services start even if no page has asked for the list. */
const BACKGROUND_START_MS = 3000;

/**
 * The outbox runner and the automatic backups, loaded (publishing, zip) and
 * started after the library has opened, once the page's first list has been
 * answered (`firstList`) or BACKGROUND_START_MS have passed. Null when the
 * shell began stopping (`stopping`) before they started.
 */
async function startBackgroundServices(
  firstList: Promise<void>,
  stopping: () => boolean,
  library: LibraryHolder,
  store: LibraryStore,
  version: string,
): Promise<{ outbox: OutboxRunner } | null> {
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([firstList, new Promise((resolve) => (timer = setTimeout(resolve, BACKGROUND_START_MS)))]);
  clearTimeout(timer);
  await new Promise((resolve) => setImmediate(resolve));
  if (stopping()) return null;
  const [{ OutboxRunner: Runner }, { publishEnvOf }, { startAutoBackups }] = await Promise.all([
    import('../services/publish/outbox-runner'),
    import('../services/publish/publish-handlers'),
    import('../services/backup/auto-backup'),
  ]);
  const outbox = new Runner(() => library.current, publishEnvOf(store, { version }), {
    onError: (error) => process.stderr.write(`briefdesk: outbox: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  startAutoBackups(() => library.current, { appVersion: version });
  outbox.start();
  return { outbox };
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

  // The library opens while the server starts and the page loads: API calls wait for it. Its search
  // index is built once the first list has been served (or by the first search), not while the page loads.
  let locked: () => void = () => undefined;
  const lockHeld = new Promise<void>((resolve) => {
    locked = resolve;
  });
  const opening = openLibraryForApp(dataDir, { searchIndex: false, onLocked: () => locked() });
  const version = appVersion(packageJson);
  // Chromium starts on the first PDF export and stays for the next ones.
  const pdfPrinter = new ChromiumPdfPrinter();
  // A restored backup can replace the library while the shell runs: everything goes through the holder.
  let library: LibraryHolder | null = null;
  // Publishes waiting in the outbox are sent when due, and at once when the page says it is online again
  // (wakeOutbox); passwords: a key file outside the library. The runner and the daily backups start
  // once the library is open.
  let background: Promise<{ outbox: OutboxRunner } | null> | null = null;
  const outbox: Pick<OutboxRunner, 'networkMayBeBack'> = {
    networkMayBeBack: async () => (await background)?.outbox.networkMayBeBack(),
  };
  // The background services wait for the first list to be answered (or BACKGROUND_START_MS), so they
  // do not compete with the page while it loads.
  let listed: () => void = () => undefined;
  const firstListAnswered = new Promise<void>((resolve) => {
    listed = resolve;
  });
  const ready = opening.then((store) => {
    const holder = new LibraryHolder(store, (dir) => openLibraryForApp(dir));
    library = holder;
    const shellHandlers = switchableHandlers(holder, { version, shell: 'browser', pdfPrinter, outbox });
    const handlers: ApiHandlers = {
      ...shellHandlers,
      listBriefs: async (input) => {
        try {
          return await shellHandlers.listBriefs(input);
        } finally {
          listed();
        }
      },
    };
    return { store, holder, handlers };
  });
  const handlers = ready.then((opened) => opened.handlers);
  // A library that cannot be opened is reported below; calls made meanwhile fail with its error.
  handlers.catch(() => undefined);
  const server = await startWebServer({
    handlers: handlersWhenReady(handlers),
    assetPath: (id) => library?.current.assetPath(id) ?? null,
    rendererDir,
    port,
  }).catch(async (error: unknown) => {
    await opening.then((store) => store.close()).catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    return fail(`could not start the browser shell on port ${port}: ${reason}`);
  });

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // Background services not started yet are not started now.
    listed();
    try {
      await server.close();
      await (await background)?.outbox.stop();
      await pdfPrinter.close().catch(() => undefined);
      await (await ready.catch(() => null))?.holder.close();
      process.exit(0);
    } catch (error) {
      fail(`could not finish writing the library: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  const failToOpen = async (error: unknown): Promise<never> => {
    await server.close();
    return fail(error instanceof Error ? error.message : String(error));
  };
  // The address is printed once the library's lock is held: a library open in another Briefdesk is refused first.
  await Promise.race([lockHeld, opening]).catch(failToOpen);
  process.stdout.write(`Briefdesk is running at ${server.url}\n`);

  const opened = await ready.catch(failToOpen);
  background = startBackgroundServices(firstListAnswered, () => stopping, opened.holder, opened.store, version).catch((error: unknown) => {
    process.stderr.write(`briefdesk: could not start the outbox and automatic backups: ${error instanceof Error ? error.message : String(error)}\n`);
    return null;
  });
}

main().catch((error: unknown) => {
  fail(error instanceof BriefdeskError ? error.message : `unexpected error: ${String(error)}`);
});
