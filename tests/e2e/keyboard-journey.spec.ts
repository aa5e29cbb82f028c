import path from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { HistoryPage } from './pages/history-page';
import { PreviewPage } from './pages/preview-page';
import { journeyProblem } from './support/focus-checks';
import { writePngFile } from './support/test-images';

const TAKEAWAYS = [
  'Talks open on Thursday.',
  'Flow rates come first.',
  'Farmers want a say.',
  'Drought pay is contested.',
  'A deal needs all three.',
] as const;

/**
 * A brief made from start to finish without the mouse: every step is a key
 * (the hero's file is handed to the operating system's file chooser, which
 * is not the page). After each key the focus is on something a person can
 * see — not the page itself, inside the window, not covered — and neither
 * block of the brief has gone.
 */
test('a brief created, filled, previewed, exported, restored and undone with the keyboard alone', async ({
  shell,
  briefdesk,
  page,
  dataDir,
}) => {
  test.setTimeout(90_000);
  const keyboard = page.keyboard;
  const preview = new PreviewPage(page);
  const history = new HistoryPage(page);
  const takeaways = briefdesk.takeawaysBlocks.first();
  const desk = briefdesk.deskBlocks.first();
  let keys = 0;

  /** Focus is somewhere a person sees, and both blocks are still there. */
  const steady = async (after: string): Promise<void> => {
    await expect.poll(() => journeyProblem(page, { takeaways: 1, desks: 1 }), { message: `after ${after}`, timeout: 3_000 }).toBeNull();
  };
  const press = async (key: string): Promise<void> => {
    await briefdesk.nextFrames();
    await keyboard.press(key);
    keys += 1;
    await steady(`${key} (key ${keys})`);
  };
  const type = async (text: string): Promise<void> => {
    await briefdesk.nextFrames();
    await keyboard.type(text);
    await steady(`typing “${text}”`);
  };
  /** Tab (or Shift+Tab) until `target` has the focus, checking the focus at every stop. */
  const tabTo = async (target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', most = 40): Promise<void> => {
    for (let pressed = 0; pressed < most; pressed += 1) {
      if (await target.evaluate((element) => element === document.activeElement || element.contains(document.activeElement))) return;
      await press(key);
    }
    await expect(target).toBeFocused();
  };

  await test.step('New brief (Control+Alt+N) from the standard template: both blocks, the headline focused', async () => {
    await briefdesk.open(shell);
    await keyboard.press('Control+Alt+N');
    await expect(briefdesk.headline).toBeFocused();
    await steady('New brief');
  });

  await test.step('every header field, in Tab order', async () => {
    await type('Lisbon water talks');
    await tabTo(briefdesk.standfirst);
    await type('Three river states meet on Thursday.');
    await tabTo(briefdesk.byline);
    await type('Ana Ferreira');
    await tabTo(briefdesk.tags);
    await type('water, diplomacy');
    // Section and Status sit above the headline: back up to them.
    await tabTo(briefdesk.status, 'Shift+Tab');
    await press('ArrowDown');
    await expect(briefdesk.status).toHaveValue('review');
    await press('Shift+Tab');
    await expect(briefdesk.section).toBeFocused();
    await type('Europe');
    await expect(briefdesk.headline).toHaveValue('Lisbon water talks');
    await expect(briefdesk.standfirst).toHaveValue('Three river states meet on Thursday.');
    await expect(briefdesk.byline).toHaveValue('Ana Ferreira');
  });

  await test.step('a hero image: the file chooser, then its alt text, caption and credit', async () => {
    await tabTo(briefdesk.chooseHeroButton);
    const chooser = page.waitForEvent('filechooser');
    await press('Enter');
    await (await chooser).setFiles(await writePngFile(path.join(dataDir, 'river.png')));
    await expect(briefdesk.heroAlt).toBeFocused();
    await steady('choosing the hero');
    await type('A river at dusk');
    await tabTo(briefdesk.heroCaption);
    await type('The lower river.');
    await tabTo(briefdesk.heroCredit);
    await type('Briefdesk');
    await expect(briefdesk.heroImage('A river at dusk')).toBeVisible();
  });

  await test.step('five takeaways, the third moved up and back down (Alt+Up/Down)', async () => {
    await tabTo(briefdesk.body);
    // The template's three empty items first (the cursor lands in the first), then Enter adds two more.
    for (const [index, text] of TAKEAWAYS.entries()) {
      if (index > 0) await press(index < 3 ? 'ArrowDown' : 'Enter');
      await type(text);
    }
    await briefdesk.expectTakeaways(takeaways, TAKEAWAYS);
    await press('ArrowUp');
    await press('ArrowUp');
    await press('Alt+ArrowUp');
    await briefdesk.expectTakeaways(takeaways, [TAKEAWAYS[0], TAKEAWAYS[2], TAKEAWAYS[1], TAKEAWAYS[3], TAKEAWAYS[4]]);
    await press('Alt+ArrowDown');
    await briefdesk.expectTakeaways(takeaways, TAKEAWAYS);
  });

  await test.step("the Editor's Desk: title, analysis, desk name, series, publication", async () => {
    await tabTo(briefdesk.deskTitle(desk));
    await type('Strategic Analysis');
    await press('Tab');
    await type('What the week means for the river.');
    await press('Tab');
    await expect(briefdesk.deskName(desk)).toBeFocused();
    await type('Water Security Desk');
    await press('Tab');
    await expect(briefdesk.deskSeries(desk)).toBeFocused();
    await type('Strategic Insight');
    await press('Tab');
    await expect(briefdesk.deskPublication(desk)).toBeFocused();
    await type('Briefdesk Review');
    await briefdesk.expectDesk(desk, {
      title: 'Strategic Analysis',
      deskName: 'Water Security Desk',
      series: 'Strategic Insight',
      publication: 'Briefdesk Review',
    });
    await briefdesk.expectDeskText(desk, 'What the week means for the river.');
    await briefdesk.expectTakeaways(takeaways, TAKEAWAYS);
    await briefdesk.expectSaved();
  });

  await test.step('Preview (Control+Shift+P): Tab into the page, PageDown, Space and End scroll it; Escape comes back', async () => {
    const before = page.locator(':focus');
    const from = await before.evaluate((element) => element.getAttribute('aria-label') ?? element.id);
    await press('Control+Shift+P');
    await expect(preview.previewFrame.getByRole('heading', { level: 1 })).toHaveText('Lisbon water talks');
    await tabTo(preview.previewFrameElement);
    const scrolled = () => preview.previewFrame.locator('html').evaluate(() => window.scrollY);
    expect(await scrolled()).toBe(0);
    await press('PageDown');
    await expect.poll(scrolled).toBeGreaterThan(0);
    const afterPageDown = await scrolled();
    await press('Space');
    await expect.poll(scrolled).toBeGreaterThan(afterPageDown);
    const afterSpace = await scrolled();
    await press('End');
    await expect.poll(scrolled).toBeGreaterThan(afterSpace);
    await press('Escape');
    await expect(preview.preview).toBeHidden();
    expect(await page.locator(':focus').evaluate((element) => element.getAttribute('aria-label') ?? element.id)).toBe(from);
  });

  await test.step('Export (Control+E) as an HTML page, with Enter', async () => {
    await press('Control+E');
    await expect(preview.exportDialog).toBeVisible();
    await tabTo(preview.exportSubmit);
    const download = page.waitForEvent('download');
    await press('Enter');
    expect((await download).suggestedFilename()).toMatch(/\.html$/);
    await expect(preview.exportDialog).toBeHidden();
    await steady('the export');
  });

  await test.step('History (Control+Shift+H): save a version, change the desk, Restore, then Undo restore one key away', async () => {
    await press('Control+Shift+H');
    await expect(history.versionName).toBeFocused();
    await type('Filled');
    await press('Enter');
    await expect(history.revision('Filled')).toHaveAttribute('aria-selected', 'true');
    await press('Escape');
    await expect(history.dialog).toBeHidden();
    // Back where the analyst was: the desk's publication.
    await expect(briefdesk.deskPublication(desk)).toBeFocused();
    await press('End');
    await type(' Weekly');
    await briefdesk.expectSaved();
    await press('Control+Shift+H');
    // The newest revision is selected first; the arrows go down the list to the named version.
    await tabTo(history.revisions);
    for (let pressed = 0; pressed < 5 && (await history.revision('Filled').getAttribute('aria-selected')) !== 'true'; pressed += 1) {
      await press('ArrowDown');
    }
    await expect(history.revision('Filled')).toHaveAttribute('aria-selected', 'true');
    await tabTo(history.restoreButton);
    await press('Enter');
    await expect(history.restoreConfirm).toBeVisible();
    await tabTo(history.restoreConfirm.getByRole('button', { name: 'Restore', exact: true }));
    await press('Enter');
    await expect(history.dialog).toBeHidden();
    await expect(briefdesk.deskPublication(desk)).toHaveValue('Briefdesk Review');
    await press('F6');
    await expect(history.undoRestoreButton).toBeFocused();
    await press('Enter');
    await expect(briefdesk.deskPublication(desk)).toHaveValue('Briefdesk Review Weekly');
    await briefdesk.expectTakeaways(takeaways, TAKEAWAYS);
  });

  await test.step('Settings, from the library (F6), and back with Escape', async () => {
    const library = page.getByRole('complementary', { name: 'Library' });
    for (let pressed = 0; pressed < 4; pressed += 1) {
      if (await library.evaluate((element) => element.contains(document.activeElement))) break;
      await press('F6');
    }
    const settings = library.getByRole('button', { name: 'Settings' });
    await tabTo(settings);
    await press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await expect(dialog).toBeVisible();
    await press('Escape');
    await expect(dialog).toBeHidden();
    await expect(settings).toBeFocused();
  });
});
