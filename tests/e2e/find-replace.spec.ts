import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BriefdeskApi } from './support/briefdesk-api';
import { deskNode, paragraphNode } from './support/body-nodes';

const HEADLINE = 'Oman hosts the Gulf talks';
const STANDFIRST = 'Why Oman, and why now.';
const BODY = 'Oman is the host. The talks in oman go on.';
const TAKEAWAY = 'Omani mediators lead';
const OWN_DESK = { title: 'Why Oman matters', deskName: 'Gulf desk', series: '', publication: '', text: 'Oman keeps both sides talking.' };
const SYNCED_DESK = { title: 'Regional view', deskName: 'Harbourline', series: '', publication: '', text: 'Synced: Oman and the region.' };

/** The find bar and its controls, by role and name. */
function findBar(page: Page) {
  const bar = page.getByRole('search', { name: 'Find and replace' });
  return {
    bar,
    find: bar.getByRole('searchbox', { name: 'Find' }),
    replaceWith: bar.getByRole('textbox', { name: 'Replace with' }),
    status: bar.getByRole('status'),
    matchCase: bar.getByRole('checkbox', { name: 'Match case' }),
    regexp: bar.getByRole('checkbox', { name: 'Regular expression' }),
  };
}

async function seedBrief(api: BriefdeskApi): Promise<void> {
  const block = await api.call('saveDeskBlock', { name: 'Regional view', ...SYNCED_DESK, content: [paragraphNode(SYNCED_DESK.text)] });
  await api.createBrief({
    headline: HEADLINE,
    standfirst: STANDFIRST,
    body: {
      type: 'doc',
      content: [
        paragraphNode(BODY),
        { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'text', text: TAKEAWAY }] }] },
        deskNode(OWN_DESK),
        deskNode(SYNCED_DESK, block.id),
      ],
    },
  });
}

async function expectOriginal(body: Locator, headline: Locator, deskTitle: Locator): Promise<void> {
  await expect(headline).toHaveValue(HEADLINE);
  await expect(body).toContainText(BODY);
  await expect(body).toContainText(TAKEAWAY);
  await expect(body).toContainText(OWN_DESK.text);
  await expect(deskTitle).toHaveValue(OWN_DESK.title);
}

test.describe('find & replace in the open brief', () => {
  test('by keyboard: find, next, replace all across header, body, takeaways and desks, then one undo restores everything', async ({
    shell,
    request,
    briefdesk,
    page,
  }) => {
    await seedBrief(new BriefdeskApi(request, shell));
    await briefdesk.open(shell);
    await briefdesk.openBrief(HEADLINE);
    const { bar, find, replaceWith, status } = findBar(page);
    const body = briefdesk.body;
    const deskTitle = body.getByRole('textbox', { name: 'Desk title' }).first();
    const syncedDesk = briefdesk.deskBlocks.nth(1);
    await briefdesk.focusBodyEnd();

    await test.step('Control+F opens Find; every match counted, highlighted, the first current', async () => {
      await page.keyboard.press('Control+F');
      await expect(find).toBeFocused();
      await page.keyboard.type('oman');
      // Headline, standfirst, 2 in the body, the takeaway, the own desk's title and text, the synced desk's text.
      await expect(status).toHaveText('1 of 8');
      await expect(bar).toContainText('In Headline');
      await expect(briefdesk.headline).toHaveAttribute('data-find-match', 'current');
      await expect(body.locator('.ProseMirror-search-match, .ProseMirror-active-search-match')).toHaveCount(5);
    });

    await test.step('Enter, Shift+Enter, F3 and Shift+F3 move between matches; the current one is distinct and in view', async () => {
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('2 of 8');
      await expect(bar).toContainText('In Standfirst');
      await page.keyboard.press('Enter');
      await expect(status).toHaveText('3 of 8');
      const active = body.locator('.ProseMirror-active-search-match');
      await expect(active).toHaveText('Oman');
      await expect(active).toBeInViewport();
      await page.keyboard.press('F3');
      await expect(status).toHaveText('4 of 8');
      await expect(active).toHaveText('oman');
      await page.keyboard.press('Shift+F3');
      await page.keyboard.press('Shift+Enter');
      await expect(status).toHaveText('2 of 8');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.press('Shift+Enter');
      await expect(status).toHaveText('8 of 8');
      await expect(bar).toContainText('synced Editor’s Desk block');
      await expect(active).toBeInViewport();
    });

    await test.step('Control+H shows Replace; Replace all changes every match but the synced one, and says so', async () => {
      await page.keyboard.press('Control+H');
      await expect(replaceWith).toBeFocused();
      await page.keyboard.type('Qatar');
      // The current match is the synced one: Replace is off, so Tab goes straight to Replace all.
      await expect(bar.getByRole('button', { name: 'Replace', exact: true })).toBeDisabled();
      await page.keyboard.press('Tab');
      await expect(bar.getByRole('button', { name: 'Replace all' })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(bar).toContainText('Replaced 7 matches. 1 match is in synced Editor’s Desk blocks');
      await expect(briefdesk.headline).toHaveValue('Qatar hosts the Gulf talks');
      await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue('Why Qatar, and why now.');
      await expect(body).toContainText('Qatar is the host. The talks in Qatar go on.');
      await expect(body).toContainText('Qatari mediators lead');
      await expect(deskTitle).toHaveValue('Why Qatar matters');
      await expect(syncedDesk).toContainText(SYNCED_DESK.text);
      await expect(status).toHaveText('1 of 1');
      await expect(page).toHaveTitle(/Briefdesk/);
      const axe = await new AxeBuilder({ page }).include('.find-bar').analyze();
      expect(axe.violations).toEqual([]);
    });

    await test.step('Control+Z in the bar undoes the whole Replace all, header fields included', async () => {
      await page.keyboard.press('Control+Z');
      await expectOriginal(body, briefdesk.headline, deskTitle);
      await expect(page.getByRole('textbox', { name: 'Standfirst' })).toHaveValue(STANDFIRST);
      await expect(status).toHaveText(/of 8$/);
    });

    await test.step('Replace all again, Escape, then one Control+Z in the body also restores everything', async () => {
      await bar.getByRole('button', { name: 'Replace all' }).click();
      await expect(briefdesk.headline).toHaveValue('Qatar hosts the Gulf talks');
      await replaceWith.press('Escape');
      await expect(bar).toBeHidden();
      // The caret is left at the current match (the one in the synced desk): it is selected in the body.
      await expect(body).toBeFocused();
      expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('Oman');
      await expect(body.locator('.ProseMirror-search-match')).toHaveCount(0);
      await page.keyboard.press('Control+Z');
      await expectOriginal(body, briefdesk.headline, deskTitle);
      await briefdesk.expectSaved();
    });
  });

  test('regular expressions: $1 groups, an invalid pattern explained inline, a catastrophic one stopped', async ({
    shell,
    request,
    briefdesk,
    page,
  }) => {
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({
      headline: 'Names',
      body: { type: 'doc', content: [paragraphNode('Smith, John met Doe, Jane.'), paragraphNode(`${'a'.repeat(40)}!`)] },
    });
    await briefdesk.open(shell);
    await briefdesk.openBrief('Names');
    const { bar, find, replaceWith, status, regexp, matchCase } = findBar(page);
    await briefdesk.focusBodyEnd();
    await page.keyboard.press('Control+Alt+F');
    await expect(replaceWith).toBeVisible();
    await regexp.check();
    await find.fill('(\\w+), (\\w+');
    await expect(bar.getByRole('alert')).toContainText('Invalid pattern');
    await expect(find).toHaveAttribute('aria-invalid', 'true');
    await expect(status).toHaveText('');

    await find.fill('(a+)+$');
    await expect(bar.getByRole('alert')).toContainText('Pattern too slow');
    // The page still answers.
    await matchCase.check();
    await expect(matchCase).toBeChecked();

    await find.fill('(\\w+), (\\w+)');
    await expect(status).toHaveText('1 of 2');
    await replaceWith.fill('$2 $1');
    await bar.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect(briefdesk.body).toContainText('John Smith met Doe, Jane.');
    await expect(status).toHaveText('1 of 1');
    await bar.getByRole('button', { name: 'Replace all' }).click();
    await expect(briefdesk.body).toContainText('John Smith met Jane Doe.');
    await expect(status).toHaveText('No matches');
  });
});
