import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import type { BriefdeskPage } from './pages/briefdesk-page';
import { ExportPage } from './pages/export-page';
import { HistoryPage } from './pages/history-page';
import { PreviewPage } from './pages/preview-page';
import { findBriefFile } from './support/library-files';

const FIRST_HEADLINE = 'Harbour pilots weigh a strike over night shifts';
const NEWER_HEADLINE = 'Harbour pilots call a strike over night shifts';
const FIRST_TAKEAWAY = 'The union votes in March.';
const NEWER_TAKEAWAY = 'The union votes in April.';

/** Puts the cursor at the end of the first takeaway (a click on its handle does) and types. */
async function typeInFirstTakeaway(briefdesk: BriefdeskPage, text: string, erase = 0): Promise<void> {
  await briefdesk.takeawayHandle(briefdesk.takeawaysBlocks.first(), 1).click();
  await briefdesk.pressInBody(...Array.from({ length: erase }, () => 'Backspace'));
  await briefdesk.typeInBody(text);
}

async function expectFirstTakeaway(briefdesk: BriefdeskPage, text: string): Promise<void> {
  await expect(briefdesk.takeawayItems(briefdesk.takeawaysBlocks.first()).first()).toContainText(text);
}

test.describe('History of a brief', () => {
  test('Save version, compare, Restore and Undo restore, with autosave going on after each', async ({
    shell,
    briefdesk,
    page,
    dataDir,
  }) => {
    const history = new HistoryPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief(FIRST_HEADLINE);
    await typeInFirstTakeaway(briefdesk, FIRST_TAKEAWAY);
    await expectFirstTakeaway(briefdesk, FIRST_TAKEAWAY);
    await briefdesk.expectSaved();

    await history.open();
    await history.saveVersion('First draft');
    await expect(history.dialog.getByRole('status').filter({ hasText: 'Saved the version “First draft”.' })).toBeVisible();
    await history.close();

    // Edit more: a word of the headline and of the takeaway.
    await briefdesk.headline.fill(NEWER_HEADLINE);
    await typeInFirstTakeaway(briefdesk, 'April.', 'March.'.length);
    await expectFirstTakeaway(briefdesk, NEWER_TAKEAWAY);
    await briefdesk.expectSaved();

    await history.open();
    await history.select('First draft');
    await expect(history.revision('First draft')).toContainText('Named version');
    const headline = history.field('Headline');
    await expect(headline.getByRole('deletion')).toHaveText(/^\[removed: weigh\s*\]$/);
    await expect(headline.getByRole('insertion')).toHaveText(/^\[added: call\s*\]$/);
    const takeaway = history.bodyLine('Key Takeaways 1');
    await expect(takeaway.getByRole('deletion')).toContainText('March');
    await expect(takeaway.getByRole('insertion')).toContainText('April');
    // Colours, names and roles pass axe in both colour schemes.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const audit = await new AxeBuilder({ page }).include('dialog').analyze();
      expect(audit.violations.map((violation) => `${colorScheme}: ${violation.id} — ${violation.help}`)).toEqual([]);
    }

    // Restore: the editor shows the first draft.
    await history.restore();
    await expect(page.getByText(/^Restored the version of .+\.$/)).toBeVisible();
    await expect(briefdesk.headline).toHaveValue(FIRST_HEADLINE);
    await expectFirstTakeaway(briefdesk, FIRST_TAKEAWAY);
    await briefdesk.expectSaved();

    // Undo restore: the newer text is back, and editing saves without a conflict.
    await history.undoRestoreButton.click();
    await expect(page.getByText('Undid the restore: the brief is back as it was.')).toBeVisible();
    await expect(briefdesk.headline).toHaveValue(NEWER_HEADLINE);
    await expectFirstTakeaway(briefdesk, NEWER_TAKEAWAY);
    await briefdesk.standfirst.fill('Night-shift rosters are the sticking point.');
    await briefdesk.expectSaved();

    // The list keeps the named version and what each restore replaced.
    await history.open();
    await expect(history.revision('First draft')).toHaveCount(1);
    await expect(history.revision('Before restore')).toHaveCount(2);
    await expect(history.revision('Automatic')).toHaveCount(1);

    // Restore again and keep writing: the editor saves on the restored revision, no conflict.
    await history.select('First draft');
    await history.restore();
    await expect(briefdesk.headline).toHaveValue(FIRST_HEADLINE);
    await briefdesk.standfirst.fill('The vote is set for March.');
    await briefdesk.expectSaved();
    await expect(briefdesk.saveStatus).not.toContainText('changed elsewhere');
    const file = await findBriefFile(dataDir, FIRST_HEADLINE);
    expect(file?.brief.standfirst).toBe('The vote is set for March.');
  });

  test('Export keeps an "Exported" revision (once for unchanged text); Preview keeps none', async ({ shell, briefdesk, page }) => {
    const history = new HistoryPage(page);
    const preview = new PreviewPage(page);
    const exporter = new ExportPage(page);
    await briefdesk.open(shell);
    await briefdesk.createBrief(FIRST_HEADLINE);
    await briefdesk.expectSaved();

    await preview.previewButton.click();
    await expect(preview.previewFrame.getByRole('heading', { level: 1 })).toHaveText(FIRST_HEADLINE);
    await preview.closePreviewButton.click();
    await expect(preview.preview).toBeHidden();

    // Control+Shift+H opens History too.
    await briefdesk.headline.focus();
    await page.keyboard.press('Control+Shift+H');
    await expect(history.dialog).toBeVisible();
    await expect(history.revisions.getByRole('option')).toHaveCount(1);
    await expect(history.revision('Automatic')).toBeVisible();
    await expect(history.revision('Exported')).toHaveCount(0);
    await expect(history.dialog.getByText('No differences: this version is the brief as it is now.')).toBeVisible();
    await expect(history.restoreButton).toBeDisabled();
    await history.close();

    await briefdesk.headline.fill(NEWER_HEADLINE);
    await exporter.exportAs('JSON (lossless)');
    await exporter.exportAs('HTML page');

    await history.open();
    await expect(history.revision('Exported')).toHaveCount(1);
    await history.select('Exported');
    await expect(history.dialog.getByText('No differences: this version is the brief as it is now.')).toBeVisible();
    // The list is a listbox: the arrow keys move the selection.
    await history.revisions.focus();
    await page.keyboard.press('ArrowDown');
    await expect(history.revision('Automatic')).toHaveAttribute('aria-selected', 'true');
    await expect(history.field('Headline').getByRole('insertion')).toHaveText(/^\[added: call\s*\]$/);
  });
});
