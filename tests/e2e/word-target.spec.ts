import { test, expect } from './fixtures';

test.describe('Word target and counts', () => {
  test('set a target in the status bar, see progress, counts by section, and keep it after a reload', async ({
    shell,
    briefdesk,
    page,
  }) => {
    await briefdesk.open(shell);
    await briefdesk.createBrief('Ports brace for a slow winter');
    await briefdesk.focusBodyEnd();
    await briefdesk.typeInBody('Freight volumes fell for a third month.');
    await briefdesk.expectSaved();

    const statusBar = page.getByRole('region', { name: 'Status bar' });
    const count = statusBar.getByRole('button', { name: /words/ });
    await expect(count).toHaveText(/^7 words · 1 min read/);
    await count.focus();
    await page.keyboard.press('Enter');
    const counts = statusBar.getByRole('group', { name: 'Counts' });
    await expect(counts).toBeVisible();
    await expect(counts.getByRole('definition').nth(3)).toHaveText('7 words'); // Body
    await expect(counts.getByRole('definition').nth(6)).toHaveText('7 words'); // Written today
    await page.screenshot({ path: 'test-results/word-target-counts.png' });

    await counts.getByRole('textbox', { name: 'Word target' }).fill('abc');
    await expect(counts.getByText('A whole number of words, up to 1,000,000.')).toBeVisible();
    await counts.getByRole('textbox', { name: 'Word target' }).fill('20');
    await page.keyboard.press('Enter');
    await expect(count).toHaveText(/^7 \/ 20 words · 1 min read/);
    await expect(statusBar.getByRole('progressbar', { name: 'Word target progress' })).toHaveAttribute('value', '7');
    await page.keyboard.press('Escape');
    await expect(counts).toBeHidden();
    await briefdesk.expectSaved();

    await briefdesk.reload();
    await briefdesk.openBrief('Ports brace for a slow winter');
    await expect(page.getByRole('region', { name: 'Status bar' }).getByRole('button', { name: /words/ })).toHaveText(/^7 \/ 20 words/);
  });
});
