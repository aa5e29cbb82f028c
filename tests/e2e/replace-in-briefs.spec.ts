import AxeBuilder from '@axe-core/playwright';
import { Brief, BriefContent } from '../../shared/model/brief';
import { test, expect } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { ReplaceInBriefsPage } from './pages/replace-in-briefs-page';
import { paragraphNode } from './support/body-nodes';
import { BriefdeskApi } from './support/briefdesk-api';
import { readBriefFiles, readRevisionFiles } from './support/library-files';
import { seedBriefFiles } from './support/seeded-library';

/**
 * Briefs in the library of the Cancel test, each of about 280 words with one
 * match (in its headline). Changing one takes 5–20 ms on this project's
 * machines (a revision and the brief written durably), so the whole replace
 * takes seconds, while Cancel lands a few hundred milliseconds after the
 * first brief: even on a machine several times faster most briefs are never
 * reached. The test fails if none was left.
 */
const SEEDED = 1000;
const FILLER = 'Freight volumes through the docks fell again as the tender calendar slipped and insurers raised their rates. '
  .repeat(8)
  .trim();

test.describe('Replace in all briefs', () => {
  test('find in all → preview → untick one → replace → counts → History has the revision → Restore', async ({ shell, briefdesk, page }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief('Harbour fees rise');
    await briefdesk.focusBodyEnd();
    await briefdesk.typeInBody('Every harbour charges more.');
    await briefdesk.expectSaved();
    await briefdesk.createBrief('Rail freight slows');
    await briefdesk.expectSaved();
    await briefdesk.createBrief('Harbour pilots strike');
    await briefdesk.focusBodyEnd();
    // Typed just before the shortcut, not saved yet: it is saved first, searched and kept.
    await briefdesk.typeInBody('The harbour closes.');

    await page.keyboard.press('Control+Alt+Shift+H');
    const dialog = page.getByRole('dialog', { name: 'Replace in all briefs' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('searchbox', { name: 'Find in all briefs' })).toBeFocused();
    await page.keyboard.type('harbour');
    await page.keyboard.press('Tab');
    await expect(dialog.getByRole('textbox', { name: 'Replace with' })).toBeFocused();
    await page.keyboard.type('port');
    await page.keyboard.press('Enter');

    await expect(dialog.getByRole('status')).toHaveText(/^4 matches in 2 briefs or desk blocks \(3 briefs searched\)/);
    const rows = dialog.getByRole('group', { name: 'Matches' }).getByRole('checkbox');
    await expect(rows).toHaveCount(4);
    for (const row of await rows.all()) await expect(row).toBeChecked();
    // Untick the other brief's headline, by keyboard.
    const otherHeadline = dialog.getByRole('checkbox', { name: /^Headline: Harbour becomes port fees rise/ });
    await otherHeadline.focus();
    await page.keyboard.press('Space');
    await expect(otherHeadline).not.toBeChecked();
    await page.screenshot({ path: 'test-results/replace-in-briefs-preview.png' });
    const audit = await new AxeBuilder({ page }).include('dialog').analyze();
    expect(audit.violations.map((violation) => `${violation.id} — ${violation.help}`)).toEqual([]);

    await dialog.getByRole('button', { name: 'Replace 3 matches' }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.getByRole('status').filter({ hasText: 'Changed 2 briefs (3 replacements)' })).toBeVisible();

    await page.screenshot({ path: 'test-results/replace-in-briefs-report.png' });
    await dialog.getByRole('button', { name: 'Close', exact: true }).press('Enter');
    await expect(dialog).toBeHidden();
    // The open brief follows, with the text typed before the replace.
    await expect(briefdesk.headline).toHaveValue('port pilots strike');
    await expect(briefdesk.body).toContainText('The port closes.');
    await expect(briefdesk.briefItem('Harbour fees rise')).toBeVisible();

    const history = new HistoryPage(page);
    await history.open();
    await history.select('Before replace in all briefs');
    await history.restore();
    await expect(briefdesk.headline).toHaveValue('Harbour pilots strike');
    await expect(briefdesk.body).toContainText('The harbour closes.');
  });

  test('Cancel half way: the report counts the briefs changed, the others are untouched on disk, each changed one restores from History', async ({
    dataDir,
    launchShell,
    briefdesk,
    page,
  }) => {
    await seedBriefFiles(dataDir, SEEDED, (index) => ({
      headline: `Harbour note ${index}`,
      body: { type: 'doc', content: [paragraphNode(FILLER), paragraphNode(FILLER)] },
    }));
    await briefdesk.open(await launchShell());
    await expect(briefdesk.briefItems.first()).toHaveAttribute('aria-setsize', String(SEEDED));
    await expect(page.getByRole('status').filter({ hasText: 'Rebuilding the library index' })).toHaveCount(0);
    const before = new Map((await readBriefFiles(dataDir)).map((file) => [file.id, file.text]));
    expect(before.size).toBe(SEEDED);

    const replacer = new ReplaceInBriefsPage(page);
    await replacer.open();
    await replacer.typeQuery('Harbour', 'Port');
    await page.keyboard.press('Enter');
    const count = SEEDED.toLocaleString('en');
    await expect(replacer.status).toHaveText(`${count} matches in ${count} briefs or desk blocks (${count} briefs searched)`);
    await replacer.replaceButton(SEEDED).focus();
    await page.keyboard.press('Enter');

    // Cancel has the focus as the progress shows; Enter goes in the very frame the bar first moves.
    await expect(replacer.cancelButton).toBeFocused();
    await replacer.progressMoved();
    await page.keyboard.press('Enter');

    const report = /^Cancelled: Changed ([\d,]+) briefs? \(([\d,]+) replacements?\); the briefs not reached are unchanged\./;
    await expect(replacer.status).toHaveText(report);
    const [, briefsText = '', replacementsText = ''] = report.exec((await replacer.status.textContent()) ?? '') ?? [];
    const reported = Number(briefsText.replace(/,/g, ''));
    expect(Number(replacementsText.replace(/,/g, ''))).toBe(reported);
    // Fails if the job ended before Cancel landed: the library is sized so that it never does.
    expect(reported).toBeGreaterThan(0);
    expect(reported).toBeLessThan(SEEDED);
    await page.screenshot({ path: 'test-results/replace-in-briefs-cancelled.png' });

    const after = await readBriefFiles(dataDir);
    expect(after.map((file) => file.id).sort()).toEqual([...before.keys()].sort());
    // Every brief but the ones the report counts is byte for byte as it was, with no revision taken.
    const changed = after.filter((file) => file.text !== before.get(file.id));
    expect(changed).toHaveLength(reported);
    for (const file of after) {
      const revisions = await readRevisionFiles(dataDir, file.id);
      if (!changed.includes(file)) {
        expect(revisions, `${file.id} was not reached`).toEqual([]);
        continue;
      }
      const original = Brief.parse(JSON.parse(before.get(file.id) ?? ''));
      expect(file.brief.headline).toBe(original.headline.replace('Harbour', 'Port'));
      expect(file.brief.body).toEqual(original.body);
      // Its "Before replace in all briefs" revision holds the old content: what Restore puts back.
      expect(revisions.map((revision) => revision.kind)).toEqual(['before-replace']);
      expect(revisions[0]?.content).toEqual(BriefContent.parse(original));
    }

    // One of them restored through History.
    await replacer.closeButton.press('Enter');
    await expect(replacer.dialog).toBeHidden();
    const restored = changed[0];
    if (!restored) throw new Error('No brief changed');
    const oldHeadline = restored.brief.headline.replace('Port', 'Harbour');
    await briefdesk.filter(restored.brief.headline);
    await briefdesk.openBrief(restored.brief.headline);
    const history = new HistoryPage(page);
    await history.open();
    await history.select('Before replace in all briefs');
    await history.restore();
    await expect(briefdesk.headline).toHaveValue(oldHeadline);
    await briefdesk.expectSaved();
    const content = async (): Promise<BriefContent | undefined> => {
      const file = (await readBriefFiles(dataDir)).find((candidate) => candidate.id === restored.id);
      return file && BriefContent.parse(file.brief);
    };
    await expect.poll(content).toEqual(BriefContent.parse(Brief.parse(JSON.parse(before.get(restored.id) ?? ''))));
  });

  test('a pattern that backtracks without end answers "Pattern too slow": the app answers meanwhile, typing works after, nothing changes', async ({
    shell,
    briefdesk,
    page,
    request,
    dataDir,
  }) => {
    // Runs of "a" followed by "b": `(a+)+$` tries every way to split each run before it fails, 2^64 of them.
    const run = `${'a'.repeat(64)}b`;
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({ headline: 'Sensor log', standfirst: `Raw reading ${run}.` });
    await api.createBrief({
      headline: 'Tally sheet',
      body: {
        type: 'doc',
        content: [
          { type: 'keyTakeaways', content: [{ type: 'takeaway', content: [{ type: 'text', text: run }] }] },
          paragraphNode(`Counts: ${run} end`),
        ],
      },
    });
    const before = await readBriefFiles(dataDir);
    const revisionsBefore = await Promise.all(before.map((file) => readRevisionFiles(dataDir, file.id)));
    await briefdesk.open(shell);

    const replacer = new ReplaceInBriefsPage(page);
    await replacer.open();
    await replacer.typeQuery('(a+)+$', 'x');
    await replacer.toggle(replacer.regexpOption);
    await expect(replacer.regexpOption).toBeChecked();
    await replacer.findBox.focus();
    const sent = page.waitForRequest('**/api/findInLibrary');
    let answered = false;
    void page.waitForResponse('**/api/findInLibrary').then(() => (answered = true));
    await page.keyboard.press('Enter');
    await sent;
    await expect(replacer.findButton).toHaveText('Searching…');
    // While the pattern is tried (on a worker, for at most its time limit) the app's server answers other requests.
    const listing = await api.call('listBriefs', { trash: false, sort: 'updated', offset: 0 });
    expect(listing.total).toBe(2);
    expect(answered, 'the search answered before the other request').toBe(false);

    await expect(replacer.problem).toHaveText(/^Pattern too slow/);
    await expect(replacer.findButton).toHaveText('Find');
    await expect(replacer.replaceButton()).toHaveCount(0);
    await expect(replacer.status).toHaveCount(0);
    await page.screenshot({ path: 'test-results/replace-in-briefs-too-slow.png' });

    // Typing in another field works right after, and a pattern that is not slow is searched at once.
    await replacer.replaceBox.focus();
    await page.keyboard.type('y');
    await expect(replacer.replaceBox).toHaveValue('xy');
    await replacer.findBox.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('a+b');
    await page.keyboard.press('Enter');
    await expect(replacer.status).toHaveText(/^3 matches in 2 briefs or desk blocks \(2 briefs searched\)/);
    await expect(replacer.problem).toHaveCount(0);
    await replacer.closeButton.press('Enter');
    await expect(replacer.dialog).toBeHidden();

    const after = await readBriefFiles(dataDir);
    expect(after.map((file) => file.text)).toEqual(before.map((file) => file.text));
    expect(await Promise.all(after.map((file) => readRevisionFiles(dataDir, file.id)))).toEqual(revisionsBefore);
  });
});
