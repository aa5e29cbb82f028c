import { existsSync } from 'node:fs';
import { test, expect } from './fixtures';
import { briefFilePath, findBriefFile } from './support/library-files';
import { startsWith } from './support/starts-with';

const OMAN = 'Oman brokers a prisoner swap';
const RED_SEA = 'Red Sea shipping insurance climbs';
const SUDAN = 'Sudan ceasefire talks stall in Jeddah';

test.describe('the library', () => {
  test('lists briefs newest first, and the filter narrows the list', async ({ shell, briefdesk }) => {
    await briefdesk.open(shell);
    for (const headline of [OMAN, RED_SEA, SUDAN]) await briefdesk.createBrief(headline);

    const newestFirst = [SUDAN, RED_SEA, OMAN].map(startsWith);
    await expect(briefdesk.briefItems).toHaveText(newestFirst);
    await briefdesk.reload();
    await expect(briefdesk.briefItems).toHaveText(newestFirst);

    await briefdesk.filter('red sea');
    await expect(briefdesk.briefItems).toHaveText([startsWith(RED_SEA)]);
    await briefdesk.filter('no brief is called this');
    await expect(briefdesk.briefItems).toHaveCount(0);
    await briefdesk.filter('');
    await expect(briefdesk.briefItems).toHaveText(newestFirst);
  });

  test('Duplicate brief adds "<headline> (copy)" and opens it', async ({ shell, briefdesk }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief(OMAN);
    await briefdesk.createBrief(RED_SEA);
    await briefdesk.openBrief(OMAN);

    await briefdesk.briefAction('Duplicate brief');

    await expect(briefdesk.headline).toHaveValue(`${OMAN} (copy)`);
    await expect(briefdesk.briefItem(`${OMAN} (copy)`)).toBeVisible();
    await expect(briefdesk.briefItems).toHaveCount(3);
    await expect(briefdesk.briefItem(OMAN)).toBeVisible();
  });

  test('Delete brief moves it to the Trash; it can be restored, or deleted forever', async ({ shell, dataDir, briefdesk }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief(OMAN);
    await briefdesk.createBrief(RED_SEA);
    const stored = await findBriefFile(dataDir, RED_SEA);
    expect(stored).toBeDefined();
    const redSeaFile = briefFilePath(dataDir, stored?.id ?? '');

    await briefdesk.briefAction('Delete brief');
    await expect(briefdesk.briefItem(RED_SEA)).toHaveCount(0);
    await expect(briefdesk.briefItem(OMAN)).toBeVisible();

    await briefdesk.showTrash();
    await expect(briefdesk.briefItems).toHaveText([startsWith(RED_SEA)]);
    await briefdesk.restoreBrief(RED_SEA);
    await expect(briefdesk.briefItem(RED_SEA)).toHaveCount(0);

    await briefdesk.showBriefs();
    await expect(briefdesk.briefItem(RED_SEA)).toBeVisible();

    await briefdesk.openBrief(RED_SEA);
    await briefdesk.briefAction('Delete brief');
    await expect(briefdesk.briefItem(RED_SEA)).toHaveCount(0);
    await briefdesk.showTrash();
    await briefdesk.deleteForever(RED_SEA);
    await expect(briefdesk.briefItems).toHaveCount(0);
    await expect.poll(() => existsSync(redSeaFile)).toBe(false);

    await briefdesk.showBriefs();
    await expect(briefdesk.briefItems).toHaveText([startsWith(OMAN)]);
  });

  test('the Trash has its own search: the library’s search text neither empties it nor follows into it', async ({ shell, briefdesk }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief(OMAN);
    await briefdesk.briefAction('Delete brief');
    await briefdesk.createBrief(RED_SEA);
    await briefdesk.briefAction('Delete brief');
    await briefdesk.createBrief(SUDAN);

    await briefdesk.filter('Sudan');
    await expect(briefdesk.briefItems).toHaveText([startsWith(SUDAN)]);
    await briefdesk.showTrash();
    await expect(briefdesk.trashSearch).toHaveValue('');
    await expect(briefdesk.briefItems).toHaveCount(2);
    await briefdesk.trashSearch.fill('Oman');
    await expect(briefdesk.briefItems).toHaveText([startsWith(OMAN)]);

    await briefdesk.showBriefs();
    await expect(briefdesk.filterBox).toHaveValue('Sudan');
    await expect(briefdesk.briefItems).toHaveText([startsWith(SUDAN)]);
    await briefdesk.showTrash();
    await expect(briefdesk.trashSearch).toHaveValue('Oman');
  });

  test('the list shows the word count once the body has text', async ({ shell, briefdesk }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief(SUDAN);
    await expect(briefdesk.briefItem(SUDAN)).toHaveAccessibleName(/, 0 words$/);

    await briefdesk.focusBodyEnd();
    await briefdesk.typeInBody('Delegations left without a date for the next round.');
    await briefdesk.expectSaved();

    await expect(briefdesk.briefItem(SUDAN)).toHaveAccessibleName(/, 9 words$/);
  });
});
