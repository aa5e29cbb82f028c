import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { BriefdeskApi } from './support/briefdesk-api';

const FIRST = 'Pipeline tender reopens';
const SECOND = 'Ferry routes consolidate';

/** A button's name as a palette command would carry it ("Export" for "Export…"). */
const bare = (name: string): string => name.replace(/…$/, '').trim();

async function openPalette(page: Page) {
  await page.keyboard.press('Control+Shift+L');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  const input = palette.getByRole('combobox');
  await expect(input).toBeFocused();
  return { palette, input, options: palette.getByRole('option') };
}

test.describe('command palette and keyboard shortcuts', () => {
  test('lists every command of the brief’s and the library’s buttons, with shortcuts, and runs one by keyboard', async ({
    shell,
    request,
    briefdesk,
    page,
  }) => {
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({ headline: FIRST });
    await briefdesk.open(shell);
    await briefdesk.openBrief(FIRST);

    const editorButtons = await page
      .getByRole('main', { name: 'Brief editor' })
      .locator('.editor-action-buttons')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? (button as HTMLElement).innerText));
    const libraryButtons = await page
      .getByRole('complementary', { name: 'Library' })
      .locator('.sidebar-footer')
      .getByRole('button')
      .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? (button as HTMLElement).innerText));
    expect(editorButtons.length).toBeGreaterThan(5);
    // What "More actions" holds is listed too.
    await page.getByRole('button', { name: 'More actions' }).click();
    const menuItems = await page.getByRole('menu', { name: 'More actions' }).locator('.menu-item-label').allInnerTexts();
    expect(menuItems).toContain('Duplicate brief');
    await page.keyboard.press('Escape');
    // And what "Backups" holds.
    await page.getByRole('button', { name: 'Backups' }).click();
    const backupItems = await page.getByRole('menu', { name: 'Backups' }).locator('.menu-item-label').allInnerTexts();
    expect(backupItems).toEqual(['Back up library', 'Restore from backup…', 'Automatic backups…']);
    await page.keyboard.press('Escape');

    const { palette, input, options } = await openPalette(page);
    const commands = (await options.allInnerTexts()).map((text) => bare(text.split('\n')[0] ?? ''));
    for (const name of [...editorButtons, ...menuItems, ...libraryButtons, ...backupItems].map(bare)) {
      // "Backups" and "More actions" open menus of their own (their items are listed above).
      if (name === 'Backups' || name === 'More actions') continue;
      expect(commands, `the palette lists "${name}"`).toContain(name);
    }
    await expect(palette.getByRole('option', { name: 'Export… Ctrl+E' })).toBeVisible();
    await expect(palette.getByRole('option', { name: 'Find Ctrl+F' })).toBeVisible();
    expect((await new AxeBuilder({ page }).include('.palette-dialog').analyze()).violations).toEqual([]);

    // Fuzzy: "hstry" finds History; Enter runs it.
    await input.fill('hstry');
    await expect(options.first()).toHaveAccessibleName('History Ctrl+Shift+H');
    await page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page.getByRole('dialog', { name: /History/ })).toBeVisible();
    await page.keyboard.press('Escape');

    // A command without a key presses its button: Duplicate brief.
    await openPalette(page);
    await page.keyboard.type('duplicate');
    await page.keyboard.press('Enter');
    await expect(briefdesk.briefItems).toHaveCount(2);

    // A command kept in a menu opens the menu's dialog: Automatic backups….
    await openPalette(page);
    await page.keyboard.type('automatic backups');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Automatic backups' })).toBeVisible();
  });

  test('goes to a brief by its headline, and Ctrl+/ shows every shortcut grouped', async ({ shell, request, briefdesk, page }) => {
    const api = new BriefdeskApi(request, shell);
    await api.createBrief({ headline: FIRST });
    await api.createBrief({ headline: SECOND });
    await briefdesk.open(shell);
    await briefdesk.openBrief(FIRST);

    const { input, options } = await openPalette(page);
    await input.fill('ferry rou');
    await expect(options.first()).toHaveAccessibleName(`Go to brief: ${SECOND}`);
    await page.keyboard.press('Enter');
    await expect(briefdesk.headline).toHaveValue(SECOND);

    await page.keyboard.press('Control+/');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('table', { name: 'Find' }).getByRole('row', { name: 'Replace Ctrl+H or Ctrl+Alt+F' })).toBeVisible();
    await expect(help.getByRole('table', { name: 'Help' }).getByRole('row', { name: 'Command palette Ctrl+Shift+L' })).toBeVisible();
    expect((await new AxeBuilder({ page }).include('.shortcuts-dialog').analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
  });

  test('New brief has one shortcut, written the same on the empty screen, its button and in the palette, and it works', async ({
    shell,
    briefdesk,
    page,
  }) => {
    await briefdesk.open(shell);
    const editor = page.getByRole('main', { name: 'Brief editor' });
    await expect(editor.getByText('or press Ctrl+Alt+N')).toBeVisible();
    await expect(briefdesk.newBriefButton).toHaveAttribute('title', 'New brief (Ctrl+Alt+N)');
    const { palette } = await openPalette(page);
    await expect(palette.getByRole('option', { name: 'New brief Ctrl+Alt+N', exact: true })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(palette).toBeHidden();

    await page.keyboard.press('Control+Alt+N');
    await expect(briefdesk.headline).toBeFocused();
    await briefdesk.headline.fill('First');
    await briefdesk.expectSaved();
    await expect(briefdesk.briefItems).toHaveCount(1);
    // The browser keeps Ctrl+N (a new window): the app does not answer it, so the shortcut shown is the only one.
    await page.keyboard.press('Control+N');
    await expect(briefdesk.briefItems).toHaveCount(1);
    await expect(briefdesk.headline).toHaveValue('First');
  });
});
