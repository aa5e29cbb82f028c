import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Locator, type Page, type Request, type Route } from '@playwright/test';
import { BriefdeskPage } from './briefdesk-page';

/** The notices of kept unsaved changes and of changes made in another window, by role and accessible name. */
export class RecoveryPage extends BriefdeskPage {
  readonly recoveryNotice: Locator;
  readonly recoverButton: Locator;
  readonly discardButton: Locator;
  readonly changedNotice: Locator;
  readonly reloadItButton: Locator;
  readonly keepEditingButton: Locator;
  readonly toast: Locator;
  /** saveBrief requests held by holdSaves. */
  private readonly heldSaves: Route[] = [];
  /** Once the page is being killed, held saves are refused instead (a retry must not land either). */
  private refuseSaves = false;

  constructor(page: Page) {
    super(page);
    this.recoveryNotice = page.getByRole('region', { name: 'Unsaved changes kept' });
    this.recoverButton = this.recoveryNotice.getByRole('button', { name: 'Recover' });
    this.discardButton = this.recoveryNotice.getByRole('button', { name: 'Discard' });
    this.changedNotice = page.getByRole('region', { name: 'Changed in another window' });
    this.reloadItButton = this.changedNotice.getByRole('button', { name: 'Reload it' });
    this.keepEditingButton = this.changedNotice.getByRole('button', { name: 'Keep editing here' });
    this.toast = page.locator('.toast-region');
  }

  /**
   * Hold every saveBrief request of this page (they never reach the server
   * until released): the autosave cannot complete. Returns the release,
   * which sends the held requests on and lets later ones through.
   */
  async holdSaves(): Promise<() => Promise<void>> {
    const held = this.heldSaves;
    let passing = false;
    await this.page.route('**/api/saveBrief', async (route) => {
      if (this.refuseSaves) await route.abort();
      else if (passing) await route.continue();
      else held.push(route);
    });
    return async () => {
      passing = true;
      for (const route of held.splice(0)) await route.continue();
    };
  }

  /** Resolves when this page has sent stashDraft with content containing `text`. */
  stashContaining(text: string): Promise<Request> {
    return this.page.waitForRequest((request) => request.url().endsWith('/api/stashDraft') && (request.postData() ?? '').includes(text));
  }

  /**
   * Kill the page's renderer without unload handlers (Chromium's Page.crash
   * over CDP). Held saves are refused from now on: closing the page would
   * otherwise let them go on to the server.
   */
  async crash(): Promise<void> {
    this.refuseSaves = true;
    for (const route of this.heldSaves.splice(0)) await route.abort();
    const cdp = await this.page.context().newCDPSession(this.page);
    const crashed = new Promise<void>((resolve) => this.page.once('crash', () => resolve()));
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await this.page.close({ runBeforeUnload: false });
  }
}

/** The one brief file's id in a data dir. */
export async function onlyBriefId(dataDir: string): Promise<string> {
  const names = (await readdir(path.join(dataDir, 'articles'))).filter((name) => name.endsWith('.json'));
  expect(names).toHaveLength(1);
  return (names[0] ?? '').replace(/\.json$/, '');
}

/** A brief as stored on disk. */
export async function briefOnDisk(dataDir: string, id: string): Promise<{ headline: string; revision: number; body: unknown }> {
  return JSON.parse(await readFile(path.join(dataDir, 'articles', `${id}.json`), 'utf8')) as {
    headline: string;
    revision: number;
    body: unknown;
  };
}

/** The text of every revision kept for a brief, with its kind and name. */
export async function revisionsOnDisk(dataDir: string, id: string): Promise<Array<{ kind: string; name?: string; text: string }>> {
  const folder = path.join(dataDir, 'revisions', id);
  const names = await readdir(folder).catch(() => []);
  const revisions = [];
  for (const name of names.filter((file) => file.endsWith('.json'))) {
    const value = JSON.parse(await readFile(path.join(folder, name), 'utf8')) as { kind: string; name?: string; content: unknown };
    revisions.push({ kind: value.kind, ...(value.name === undefined ? {} : { name: value.name }), text: JSON.stringify(value.content) });
  }
  return revisions;
}

/** The files in the recovery folder. */
export async function recoveryFiles(dataDir: string): Promise<string[]> {
  return (await readdir(path.join(dataDir, 'recovery')).catch(() => [])).filter((name) => !name.endsWith('.tmp'));
}
