import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BRIEF_SCHEMA_VERSION, blankBriefContent, type Brief } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import type { BriefdeskPage } from './pages/briefdesk-page';
import { startsWith } from './support/starts-with';

const PIPELINE = 'Pipeline tender reopens';
const FERRY = 'Ferry routes consolidate';
const ORCHARD = 'Orchard yields recover';

/** A new brief with these header fields, saved. */
async function writeBrief(briefdesk: BriefdeskPage, headline: string, standfirst: string, status: 'draft' | 'ready'): Promise<void> {
  await briefdesk.createBrief(headline);
  await briefdesk.fillHeader({ section: 'Markets', headline, standfirst, byline: 'Desk staff', tags: 'outlook', status });
  await briefdesk.expectSaved();
}

test.describe('library search', () => {
  test('ranks matches with the term marked, filters narrow them, clearing restores the list', async ({ shell, briefdesk, page }) => {
    await briefdesk.open(shell);
    await writeBrief(briefdesk, ORCHARD, 'Growers expect the new pipeline of buyers to hold prices.', 'ready');
    await writeBrief(briefdesk, PIPELINE, 'Bidders return after the spring pause.', 'draft');
    await writeBrief(briefdesk, FERRY, 'Two operators merge their timetables.', 'ready');
    const everyBrief = [FERRY, PIPELINE, ORCHARD].map(startsWith);
    await expect(briefdesk.briefItems).toHaveText(everyBrief);

    await briefdesk.filter('pipel');
    // The headline match ranks above the standfirst-only match.
    await expect(briefdesk.briefItems).toHaveText([startsWith(PIPELINE), startsWith(ORCHARD)]);
    const top = briefdesk.briefItem(PIPELINE);
    await expect(top.locator('mark')).toHaveText(['Pipeline']);
    const second = briefdesk.briefItem(ORCHARD);
    await expect(second.locator('mark')).toHaveText(['pipeline']);
    await expect(second).toContainText('Growers expect the new pipeline of buyers');

    const library = page.getByRole('complementary', { name: 'Library' });
    await library.getByRole('button', { name: 'Filters' }).click();
    await library.getByLabel('Status').selectOption('ready');
    await expect(briefdesk.briefItems).toHaveText([startsWith(ORCHARD)]);
    await expect(library.getByRole('button', { name: 'Filters (1)' })).toHaveAttribute('aria-expanded', 'true');

    await briefdesk.filter('');
    await expect(briefdesk.briefItems).toHaveText([FERRY, ORCHARD].map(startsWith));
    await library.getByRole('button', { name: 'Clear filters' }).click();
    await expect(briefdesk.briefItems).toHaveText(everyBrief);
    await expect(briefdesk.briefList.locator('mark')).toHaveCount(0);
  });

  test('finds a brief by a word it was just given', async ({ shell, briefdesk }) => {
    await briefdesk.open(shell);
    await writeBrief(briefdesk, FERRY, 'Two operators merge their timetables.', 'draft');
    await writeBrief(briefdesk, ORCHARD, 'Growers expect steadier prices.', 'draft');

    await briefdesk.openBrief(FERRY);
    await briefdesk.filter('saltmarsh');
    await expect(briefdesk.briefItems).toHaveCount(0);
    await expect(briefdesk.page.getByText('No briefs match “saltmarsh”.')).toBeVisible();

    await briefdesk.standfirst.fill('Two operators merge their timetables across the saltmarsh crossing.');
    await briefdesk.expectSaved();
    await expect(briefdesk.briefItems).toHaveText([startsWith(FERRY)]);
    await expect(briefdesk.briefItem(FERRY).locator('mark')).toHaveText(['saltmarsh']);
  });
});

test.describe('a large library', () => {
  test('renders only the rows in view, keeps their places, and moves by keyboard to the last', async ({
    dataDir,
    launchShell,
    briefdesk,
  }) => {
    const count = 2000;
    await mkdir(path.join(dataDir, 'articles'), { recursive: true });
    for (let index = 0; index < count; index += 1) {
      const at = new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString();
      const id = `seeded-${String(index).padStart(5, '0')}`;
      const brief: Brief = {
        ...blankBriefContent(),
        headline: `Seeded note ${index}`,
        standfirst: index === 7 ? 'The only one about estuaries.' : 'A routine market note.',
        schemaVersion: BRIEF_SCHEMA_VERSION,
        id,
        revision: 0,
        createdAt: at,
        updatedAt: at,
        trashedAt: null,
      };
      await writeFile(path.join(dataDir, 'articles', `${id}.json`), JSON.stringify(brief));
    }
    await briefdesk.open(await launchShell());

    const first = briefdesk.briefItem(`Seeded note ${count - 1}`);
    // No index.db yet: the rows come in as it is built from the files.
    await expect(first).toHaveAttribute('aria-posinset', '1', { timeout: 60_000 });
    await expect(first).toHaveAttribute('aria-setsize', String(count));
    expect(await briefdesk.briefItems.count()).toBeLessThan(100);

    await first.getByRole('button').focus();
    await briefdesk.page.keyboard.press('End');
    const last = briefdesk.briefItem('Seeded note 0');
    await expect(last.getByRole('button')).toBeFocused();
    await expect(last).toHaveAttribute('aria-posinset', String(count));
    await briefdesk.page.keyboard.press('ArrowUp');
    await expect(briefdesk.briefItem('Seeded note 1').getByRole('button')).toBeFocused();

    // Matches are counted up to 1,000 ("1,000+"); the 1,000 most recently changed are listed (a window at a time), best first.
    await briefdesk.filter('routine');
    await expect(briefdesk.page.getByRole('status').filter({ hasText: 'match' })).toHaveText(
      '1,000+ briefs match — the 1,000 most recently changed are listed, best first. Add words to narrow the search.',
    );
    await expect(briefdesk.briefItems.first()).toHaveAttribute('aria-setsize', '1000');
    // The last one listed is there to open, not a row that never loads.
    await briefdesk.briefItems.first().getByRole('button').focus();
    await briefdesk.page.keyboard.press('End');
    const lastListed = briefdesk.briefList.getByRole('listitem', { name: /^Seeded note \d+ — / }).last();
    await expect(lastListed).toHaveAttribute('aria-posinset', '1000');

    await briefdesk.filter('estuaries');
    await expect(briefdesk.briefItems).toHaveText([startsWith('Seeded note 7')]);
    await expect(briefdesk.page.getByRole('status').filter({ hasText: 'match' })).toHaveText('1 brief matches.');
  });
});
