import type { Browser, Page } from 'playwright-core';
import { type BenchShell, residentMb, startShell } from './shell-process';

/** One start of the browser shell on a library, until the list shows in Chromium. */
export interface OpenRun {
  /**
   * Spawn → the server printed its URL: it listens and holds the library's lock, while the
   * library may still be opening (the page loads meanwhile; its API calls wait for the library).
   */
  serverUpMs: number;
  /** Spawn → the first row of the Briefs list is visible in the page. */
  listShownMs: number;
  /** Rows the list shows. */
  rows: number;
  /** The shell's resident memory once the list is shown and it has settled, MB. */
  rssMb: number;
}

/** The library list of the Briefdesk page, by role and accessible name. */
export const briefList = (page: Page) => page.getByRole('list', { name: 'Briefs', exact: true });

/** Open the page of a started shell and wait until the library list shows its first row. */
export async function openLibraryPage(page: Page, shell: BenchShell): Promise<number> {
  await page.goto(shell.url);
  await briefList(page).getByRole('listitem').first().waitFor({ state: 'visible', timeout: 60_000 });
  return performance.now();
}

/**
 * Start the shell on `dataDir` (Chromium already running, a fresh page
 * waiting), open its page and time each step. `whileOpen` runs with the
 * shell still up (e.g. search queries against it).
 */
export async function openOnce(
  browser: Browser,
  root: string,
  dataDir: string,
  whileOpen?: (shell: BenchShell) => Promise<void>,
): Promise<OpenRun> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const shell = await startShell(root, dataDir);
  try {
    const shownAt = await openLibraryPage(page, shell);
    const rows = await briefList(page).getByRole('listitem').count();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const rssMb = await residentMb(shell.pid);
    await whileOpen?.(shell);
    return { serverUpMs: shell.listeningAt - shell.spawnedAt, listShownMs: shownAt - shell.spawnedAt, rows, rssMb };
  } finally {
    await context.close();
    await shell.stop();
  }
}
