import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { BriefdeskError } from '../../../shared/model/errors';
import { errorMessage } from '../library/io-error';
import { type PdfPrinter, type PdfPrintOptions, serialQueue } from './pdf-printer';

/** What PDF export says when no Chromium is found. */
export const NO_CHROMIUM_MESSAGE =
  'PDF export needs Chromium, which was not found. Install it (for example `apt install chromium`) or set BRIEFDESK_CHROMIUM to its path.';

/** Where Chromium (or Chrome, or Edge) usually is, per platform. */
function knownLocations(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.ProgramFiles, env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter((root): root is string => Boolean(root));
    return roots.flatMap((root) => [
      path.win32.join(root, 'Chromium', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      path.win32.join(root, 'Microsoft', 'Edge', 'Application', 'msedge.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
    '/usr/bin/microsoft-edge',
  ];
}

/** Playwright's Chromium driver, loaded on first use (it takes a while, and most commands never print). */
async function playwrightChromium(): Promise<typeof import('playwright-core').chromium> {
  return (await import('playwright-core')).chromium;
}

/** Where the Chromium that Playwright installs itself would be, if it is there. */
async function playwrightsOwnChromium(exists: (file: string) => boolean): Promise<string | null> {
  try {
    const file = (await playwrightChromium()).executablePath();
    return file && exists(file) ? file : null;
  } catch {
    return null;
  }
}

/**
 * The Chromium to print with: `BRIEFDESK_CHROMIUM` when set (it must
 * exist), else the first known install location that exists, else
 * Playwright's own browser. Throws BriefdeskError('unsupported') with
 * what to do when there is none.
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  const chosen = env.BRIEFDESK_CHROMIUM?.trim();
  if (chosen) {
    if (exists(chosen)) return chosen;
    throw new BriefdeskError(
      'unsupported',
      `PDF export needs Chromium, which was not found at ${chosen} (set by BRIEFDESK_CHROMIUM). Install it (for example \`apt install chromium\`) or set BRIEFDESK_CHROMIUM to its path.`,
    );
  }
  const found = knownLocations(env, platform).find((file) => exists(file)) ?? (await playwrightsOwnChromium(exists));
  if (found === null) throw new BriefdeskError('unsupported', NO_CHROMIUM_MESSAGE);
  return found;
}

/**
 * Chromium's command-line switches for printing offline: no background
 * traffic (updates, sync, first-run pages) and no GPU; the sandbox is
 * turned off only when running as root, where Chromium refuses to start with it.
 */
export function chromiumArgs(isRoot: boolean = process.getuid?.() === 0): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** Options of ChromiumPdfPrinter. */
export interface ChromiumPdfPrinterOptions {
  /** The browser to launch. @default findChromium() */
  executablePath?: string;
  /** Told of every request a page tried to make; each one is aborted. */
  onBlockedRequest?: (url: string) => void;
}

/**
 * A PdfPrinter on Chromium through Playwright, for the browser shell and
 * the CLI. The browser is launched on the first print and kept for the
 * next ones (one at a time) until close(). Each page gets a fresh context
 * with JavaScript off and every network request aborted — an exported page
 * is self-contained, its images are data: URLs — and is printed with print
 * media, backgrounds, a tagged PDF and an outline from its headings.
 */
export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;
  /** The running browser, once launched. */
  private running: Browser | null = null;
  private readonly queue = serialQueue();

  constructor(private readonly options: ChromiumPdfPrinterOptions = {}) {}

  /** Launches the browser now, so a missing or broken Chromium is reported before any work is done. */
  async start(): Promise<void> {
    await this.queue(() => this.launched());
  }

  print(html: string, options: PdfPrintOptions = {}): Promise<Uint8Array> {
    return this.queue(async () => {
      const browser = await this.launched();
      const context = await browser.newContext({ javaScriptEnabled: false, serviceWorkers: 'block', acceptDownloads: false });
      try {
        await context.route('**/*', (route) => {
          this.options.onBlockedRequest?.(route.request().url());
          return route.abort('blockedbyclient');
        });
        const page = await context.newPage();
        await page.emulateMedia({ media: 'print' });
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({
          format: options.pageSize ?? 'A4',
          printBackground: true,
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close().catch(() => undefined);
      }
    });
  }

  close(): Promise<void> {
    return this.queue(async () => {
      const browser = this.browser;
      this.browser = null;
      this.running = null;
      if (browser) await (await browser.catch(() => null))?.close();
    });
  }

  private launched(): Promise<Browser> {
    if (this.browser) return this.browser;
    const launching = this.launch();
    this.browser = launching;
    // A failed launch is not kept: the next print tries again (Chromium may have been installed meanwhile).
    launching.catch(() => {
      if (this.browser === launching) this.browser = null;
    });
    return launching;
  }

  private async launch(): Promise<Browser> {
    const executablePath = this.options.executablePath ?? (await findChromium());
    let browser: Browser;
    try {
      const isRoot = process.getuid?.() === 0;
      // Playwright turns the sandbox off unless asked to keep it: keep it, except as root.
      browser = await (
        await playwrightChromium()
      ).launch({ executablePath, args: chromiumArgs(isRoot), chromiumSandbox: !isRoot, headless: true });
    } catch (error) {
      const reason = errorMessage(error).split('\n')[0] ?? '';
      throw new BriefdeskError('unsupported', `PDF export could not start Chromium (${executablePath}): ${reason}`, { cause: error });
    }
    this.running = browser;
    // Chromium gone (crashed, killed): the next print launches a new one.
    browser.on('disconnected', () => {
      if (this.running !== browser) return;
      this.running = null;
      this.browser = null;
    });
    return browser;
  }
}
