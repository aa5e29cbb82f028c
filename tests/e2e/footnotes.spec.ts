import { JSDOM } from 'jsdom';
import { test, expect } from './fixtures';
import { ExportPage } from './pages/export-page';

// Footnotes by keyboard alone: insert three notes with the shortcut, write
// them, move a paragraph so that the numbers change, export, and read the page.

test('three notes by keyboard renumber as a paragraph moves, and export as linked endnotes', async ({ shell, briefdesk, page }) => {
  // A long scenario typed key by key: more time than the default on a loaded machine.
  test.slow();
  await briefdesk.open(shell);
  await briefdesk.createBrief('Grid queues and the notes behind them');
  const body = briefdesk.body;
  await body.click();
  await page.keyboard.press('Control+End');

  const note = async (text: string): Promise<void> => {
    await page.keyboard.press('Control+Alt+r');
    const editor = page.getByRole('textbox', { name: /^Note \d+$/ });
    await expect(editor).toBeFocused();
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
    await expect(body).toBeFocused();
  };

  await page.keyboard.type('Alpha claim');
  await note('Source A, https://example.org/a');
  await page.keyboard.type(' stands first.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Beta claim');
  await note('Source B');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Gamma claim');
  await note('Source C with *care*');

  const sources = page.getByRole('region', { name: 'Sources' });
  const noteButtons = sources.getByRole('button', { name: /^Note \d+:/ });
  await expect(noteButtons).toHaveText(['1Source A, https://example.org/a', '2Source B', '3Source C with *care*']);
  await expect(sources.getByRole('link', { name: 'example.org' })).toHaveAttribute('href', 'https://example.org/a');

  // Move the last paragraph (Gamma) to the top: select it by keyboard, cut, paste at the start of the text.
  // The editor groups edits less than 500 ms apart into one undo step: wait that long so that undo
  // below takes back the move, not the typing before it too.
  await page.waitForTimeout(600);
  await page.keyboard.press('Home');
  await page.keyboard.press('Shift+End');
  await page.keyboard.press('Control+x');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.press('Control+v');
  await page.keyboard.press('Enter');
  await expect(noteButtons).toHaveText(['1Source C with *care*', '2Source A, https://example.org/a', '3Source B']);
  await expect(body.locator('sup.footnote-ref-view')).toHaveText(['1', '2', '3']);

  // Undo brings the old order back (however the history grouped the keys), redo the move again.
  const pressUntil = async (key: string, wanted: string[]): Promise<void> => {
    for (let tries = 0; tries < 8; tries += 1) {
      const reached = await expect(noteButtons)
        .toHaveText(wanted, { timeout: 1500 })
        .then(() => true)
        .catch(() => false);
      if (reached) return;
      await page.keyboard.press(key);
    }
    await expect(noteButtons).toHaveText(wanted);
  };
  await pressUntil('Control+z', ['1Source A, https://example.org/a', '2Source B', '3Source C with *care*']);
  await pressUntil('Control+Shift+z', ['1Source C with *care*', '2Source A, https://example.org/a', '3Source B']);
  await expect(page.locator('.word-count')).toContainText('3 notes');
  await briefdesk.expectSaved();

  // Clicking a source goes to its reference and opens the note.
  await noteButtons.nth(2).click();
  await expect(page.getByRole('textbox', { name: 'Note 3' })).toBeVisible();
  await page.keyboard.press('Escape');

  const exporter = new ExportPage(page);
  const file = await exporter.exportAs('HTML page');
  const document = new JSDOM(file.bytes.toString('utf8')).window.document;
  const references = Array.from(document.querySelectorAll('.brief-body sup.footnote-ref a[role="doc-noteref"]'));
  expect(references.map((link) => [link.textContent, link.getAttribute('href'), link.id])).toEqual([
    ['1', '#fn-1', 'fnref-1'],
    ['2', '#fn-2', 'fnref-2'],
    ['3', '#fn-3', 'fnref-3'],
  ]);
  const notes = Array.from(document.querySelectorAll('section[role="doc-endnotes"] ol > li'));
  expect(notes.map((item) => [item.id, item.textContent?.replace('↩\uFE0E', '').trim()])).toEqual([
    ['fn-1', 'Source C with *care*'],
    ['fn-2', 'Source A, https://example.org/a'],
    ['fn-3', 'Source B'],
  ]);
  expect(notes[1]?.querySelector('a[href="https://example.org/a"]')).not.toBeNull();
  expect(notes.map((item) => item.querySelector('a[role="doc-backlink"]')?.getAttribute('href'))).toEqual([
    '#fnref-1',
    '#fnref-2',
    '#fnref-3',
  ]);
});

test('a note from the toolbar and the slash menu, deleted and brought back; a code block with its language exports verbatim', async ({
  shell,
  briefdesk,
  page,
}) => {
  await briefdesk.open(shell);
  await briefdesk.createBrief('Notes from the toolbar');
  const body = briefdesk.body;
  await body.click();
  await page.keyboard.press('Control+End');
  const references = body.locator('sup.footnote-ref-view');
  const noteButtons = page.getByRole('region', { name: 'Sources' }).getByRole('button', { name: /^Note \d+:/ });
  // A failed step says where the keys went: the end of the body's text and the focused element.
  const explained = async (step: Promise<void>): Promise<void> => {
    try {
      await step;
    } catch (error) {
      const text = (await body.innerText()).slice(-300);
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.tagName);
      throw new Error(`${String(error)}\nThe body ends with ${JSON.stringify(text)}; the focus is on ${String(focused)}`, { cause: error });
    }
  };

  await page.keyboard.type('First claim');
  await briefdesk.toolbar.getByRole('button', { name: 'Footnote', exact: true }).click();
  await expect(page.getByRole('textbox', { name: 'Note 1' })).toBeFocused();
  await page.keyboard.type('From the toolbar');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/');
  await page.getByRole('option', { name: /Footnote/ }).click();
  await expect(page.getByRole('textbox', { name: 'Note 2' })).toBeFocused();
  await page.keyboard.type('From the slash menu');
  await page.keyboard.press('Escape');
  await expect(references).toHaveText(['1', '2']);

  // The first reference deleted with Backspace: the second note becomes 1; undo brings it back.
  await references.first().click();
  await page.keyboard.press('Backspace');
  await expect(references).toHaveText(['1']);
  await expect(noteButtons).toHaveText(['1From the slash menu']);
  await page.keyboard.press('Control+z');
  await expect(noteButtons).toHaveText(['1From the toolbar', '2From the slash menu']);

  // A code block from the slash menu, its language set in its field, its spaces kept. Undo selected the
  // reference again (its note shown): ArrowRight leaves it for the text, then the caret goes to the end.
  await expect(body).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('/code');
  await explained(expect(page.getByRole('option', { name: /^Code block/ })).toHaveAttribute('aria-selected', 'true'));
  await page.keyboard.press('Enter');
  await explained(expect(body.locator('pre')).toHaveCount(1));
  await page.keyboard.type('steps:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('  - run:   make  test');
  const language = body.getByRole('textbox', { name: 'Code language' });
  await language.fill('YAML');
  await language.press('Enter');
  await expect(body.locator('pre > code.language-yaml')).toHaveText('steps:\n  - run:   make  test');
  await briefdesk.expectSaved();

  const exporter = new ExportPage(page);
  const file = await exporter.exportAs('Markdown');
  const markdown = file.bytes.toString('utf8');
  expect(markdown).toContain('First claim[^1]');
  expect(markdown).toContain('\n```yaml\nsteps:\n  - run:   make  test\n```\n');
  // Control+End put the code after the second note's line, even with the caret beside a reference.
  expect(markdown.indexOf('```yaml')).toBeGreaterThan(markdown.indexOf('[^2]'));
  expect(markdown).toMatch(/\n\[\^1\]: From the toolbar\n\n\[\^2\]: From the slash menu\n?$/);
});
