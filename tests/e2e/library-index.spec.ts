import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { BriefStatus } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import { paragraphNode } from './support/body-nodes';
import { BriefdeskApi } from './support/briefdesk-api';
import { seedBriefFiles } from './support/seeded-library';
import { startsWith } from './support/starts-with';
import { WebShell } from './web-shell';

const COUNT = 2000;
const STATUSES: readonly BriefStatus[] = ['draft', 'review', 'ready', 'published'];
const FILLER = 'The desk keeps a close watch on freight volumes, port fees and the weekly tender calendar. '.repeat(30);

/** `COUNT` brief files written straight into `dataDir` (no index.db): brief 1234's body alone mentions a saltmarsh. */
async function seedLibrary(dataDir: string): Promise<void> {
  await seedBriefFiles(dataDir, COUNT, (index) => ({
    headline: `Seeded note ${index}`,
    section: index % 2 === 0 ? 'Markets' : 'Shipping',
    status: STATUSES[index % STATUSES.length] ?? 'draft',
    tags: index % 10 === 0 ? ['tenders'] : [],
    body: { type: 'doc', content: [paragraphNode(index === 1234 ? `${FILLER} A saltmarsh survey closes the note.` : FILLER)] },
  }));
}

/**
 * Runs in the page before its scripts: keeps, in `window.rebuildProgressShown`, each distinct "Rebuilding the
 * library index" status shown with its progress bar (labelled the same) — its value, maximum and visibility.
 */
function recordRebuildProgress(): void {
  const shown: string[] = [];
  const states: unknown[] = [];
  Reflect.set(window, 'rebuildProgressShown', states);
  new MutationObserver(() => {
    const status = [...document.querySelectorAll('[role="status"]')]
      .map((element) => element.textContent ?? '')
      .find((text) => text.startsWith('Rebuilding the library index'));
    if (status === undefined) return;
    const bar = document.querySelector('[role="progressbar"][aria-label="Rebuilding the library index"]');
    const state = {
      status,
      bar: bar && { now: bar.getAttribute('aria-valuenow'), max: bar.getAttribute('aria-valuemax'), visible: bar.checkVisibility() },
    };
    const key = JSON.stringify(state);
    if (shown.includes(key)) return;
    shown.push(key);
    states.push(state);
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
}

test.describe('the library index (index.db)', () => {
  test.setTimeout(180_000);

  test('rebuilt with its progress shown after index.db is deleted; the first search after a restart finds the one brief', async ({
    dataDir,
    launchShell,
    briefdesk,
  }) => {
    await seedLibrary(dataDir);
    const first = await launchShell();
    await briefdesk.open(first);
    await expect(briefdesk.briefItem(`Seeded note ${COUNT - 1}`)).toHaveAttribute('aria-setsize', String(COUNT), { timeout: 60_000 });
    await first.stop();

    // The index is derived data: deleted, it is rebuilt from the brief files while the list shows what it has.
    await rm(path.join(dataDir, 'index.db'));
    // A quick rebuild can end between two checks, so the page records every state of the progress it shows.
    await briefdesk.page.addInitScript(recordRebuildProgress);
    await briefdesk.open(await launchShell());
    const progress = briefdesk.page.getByRole('status').filter({ hasText: 'Rebuilding the library index' });
    await expect(progress).toHaveCount(0, { timeout: 60_000 });
    const shown = await briefdesk.page.evaluate(() => JSON.stringify(Reflect.get(window, 'rebuildProgressShown')));
    expect(shown).toMatch(/"status":"Rebuilding the library index — [\d,]+ of 2,000","bar":\{"now":"\d+","max":"2000","visible":true\}/);
    await expect(briefdesk.briefItem(`Seeded note ${COUNT - 1}`)).toHaveAttribute('aria-setsize', String(COUNT));
  });

  test('kept across a restart: the first search right after opening finds the word only one body holds', async ({
    dataDir,
    launchShell,
    briefdesk,
  }) => {
    await seedLibrary(dataDir);
    const first = await launchShell();
    await briefdesk.open(first);
    await expect(briefdesk.briefItem(`Seeded note ${COUNT - 1}`)).toHaveAttribute('aria-setsize', String(COUNT), { timeout: 60_000 });
    await expect(briefdesk.page.getByRole('status').filter({ hasText: 'Rebuilding the library index' })).toHaveCount(0, {
      timeout: 60_000,
    });
    await first.stop();

    await briefdesk.open(await launchShell());
    await expect(briefdesk.page.getByRole('progressbar')).toHaveCount(0);
    await briefdesk.filter('saltmarsh');
    await expect(briefdesk.briefItems).toHaveText([startsWith('Seeded note 1234')]);
    await expect(briefdesk.briefItem('Seeded note 1234').locator('mark')).toHaveText(['saltmarsh']);
  });

  test('sorted and filtered by the index, a window at a time', async ({ dataDir, launchShell, briefdesk, page }) => {
    await seedLibrary(dataDir);
    await briefdesk.open(await launchShell());
    await expect(briefdesk.page.getByRole('status').filter({ hasText: 'Rebuilding the library index' })).toHaveCount(0, {
      timeout: 60_000,
    });
    await expect(briefdesk.briefItems.first()).toHaveAttribute('aria-setsize', String(COUNT));

    const library = page.getByRole('complementary', { name: 'Library' });
    await library.getByLabel('Sort').selectOption('headline');
    // Headlines in order: "Seeded note 0", "Seeded note 1", "Seeded note 10", "Seeded note 100"…
    await expect(briefdesk.briefItems.nth(0)).toHaveAccessibleName(startsWith('Seeded note 0 — '));
    await expect(briefdesk.briefItems.nth(2)).toHaveAccessibleName(startsWith('Seeded note 10 — '));

    await library.getByRole('button', { name: 'Filters' }).click();
    await library.getByLabel('Status').selectOption('published');
    await library.getByLabel('Section').selectOption('Shipping');
    // Published is every fourth brief (3, 7, 11…), all odd: every one of them is in Shipping.
    await expect(briefdesk.briefItems.first()).toHaveAttribute('aria-setsize', String(COUNT / 4));
    await expect(briefdesk.briefItems.first()).toHaveAccessibleName(startsWith('Seeded note 1003 — '));

    await library.getByLabel('Section').selectOption('Markets');
    await expect(page.getByText('No briefs match')).toBeVisible();
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await library.getByLabel('Tag').selectOption('tenders');
    await expect(briefdesk.briefItems.first()).toHaveAttribute('aria-setsize', String(COUNT / 10));
    await expect(briefdesk.briefItems.first()).toHaveAccessibleName(startsWith('Seeded note 0 — '));
  });
});

test.describe('the library lock', () => {
  test.setTimeout(240_000);

  test('a Briefdesk killed with SIGKILL and relaunched at once, 20 times: every relaunch opens the library', async ({
    dataDir,
    request,
  }) => {
    let shell = await WebShell.start(dataDir);
    await new BriefdeskApi(request, shell).createBrief({ headline: 'Survives every kill' });
    for (let round = 0; round < 20; round += 1) {
      // Not waiting for the dead process to be reaped: the system has released its lock as it died.
      const dying = shell.stop('SIGKILL');
      shell = await WebShell.start(dataDir);
      const listing = await new BriefdeskApi(request, shell).call('listBriefs', { trash: false, sort: 'updated', offset: 0 });
      expect(
        listing.briefs.map((row) => row.headline),
        `relaunch ${round + 1}`,
      ).toEqual(['Survives every kill']);
      await dying;
    }
    await shell.stop();
  });
});
