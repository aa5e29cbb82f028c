import { once } from 'node:events';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BriefdeskError } from '../../shared/model/errors';
import { createRuntime } from '../runtime/runtime';
import { defaultDataDir } from '../services/library/data-dir';
import { ChromiumPdfPrinter } from '../services/export/chromium-pdf';
import { errorMessage } from '../services/library/io-error';
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

  // The library opens while the server starts and the page loads: API calls wait for it. The check of its index,
  // the outbox (passwords: a key file outside the library) and the daily backups start once the first list
  // has been answered (or 3 s after the library opened), so they do not compete with the page while it loads.
  // Chromium starts on the first PDF export and stays for the next ones.
  const runtime = createRuntime({
    dataDir,
    version: appVersion(packageJson),
    shell: 'browser',
    pdfPrinter: () => new ChromiumPdfPrinter(),
    indexSyncAtOpen: false,
    background: 'after-first-list',
  });
  const lockHeld = once(runtime.events, 'locked');
  const opening = runtime.start();
  // A library that cannot be opened is reported below, once the server is up; calls made meanwhile fail with its error.
  opening.catch(() => undefined);
  const server = await startWebServer({
    handlers: runtime.handlers,
    assetPath: (id) => runtime.library?.current.assetPath(id) ?? null,
    rendererDir,
    port,
  }).catch(async (error: unknown) => {
    await runtime.stop().catch(() => undefined);
    return fail(`could not start the browser shell on port ${port}: ${errorMessage(error)}`);
  });

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    try {
      await server.close();
      await runtime.stop();
      process.exit(0);
    } catch (error) {
      fail(`could not finish writing the library: ${errorMessage(error)}`);
    }
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  const failToOpen = async (error: unknown): Promise<never> => {
    await server.close();
    return fail(errorMessage(error));
  };
  // The address is printed once the library's lock is held: a library open in another Briefdesk is refused first.
  await Promise.race([lockHeld, opening]).catch(failToOpen);
  process.stdout.write(`Briefdesk is running at ${server.url}\n`);
  await opening.catch(failToOpen);
}

main().catch((error: unknown) => {
  fail(error instanceof BriefdeskError ? error.message : `unexpected error: ${String(error)}`);
});
