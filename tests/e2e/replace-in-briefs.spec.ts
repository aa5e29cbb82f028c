import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { HistoryPage } from './pages/history-page';

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
});
