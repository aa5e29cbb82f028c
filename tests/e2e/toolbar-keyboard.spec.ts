import { test, expect } from './fixtures';

test('the formatting toolbar is one tab stop, with arrow keys inside it', async ({ shell, briefdesk, page }) => {
  await briefdesk.open(shell);
  await briefdesk.createBrief('Toolbar keyboard check');
  const bold = briefdesk.toolbar.getByRole('button', { name: 'Bold', exact: true });
  const italic = briefdesk.toolbar.getByRole('button', { name: 'Italic', exact: true });

  await bold.focus();
  await page.keyboard.press('Tab');
  await expect(briefdesk.toolbar.locator(':focus')).toHaveCount(0);
  // Back up in reading order: the new brief's first block (Key Takeaways) has its own control, then the toolbar.
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('region', { name: 'Key takeaways' }).getByRole('button', { name: 'Remove block' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(bold).toBeFocused();

  await page.keyboard.press('ArrowRight');
  await expect(italic).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(italic).toBeFocused();

  await page.keyboard.press('Home');
  await expect(bold).toBeFocused();
  await expect(briefdesk.toolbar.locator('button[tabindex="0"]')).toHaveCount(1);
});
