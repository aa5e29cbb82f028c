import AxeBuilder from '@axe-core/playwright';
import { JSDOM } from 'jsdom';
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';
import { ExportPage } from './pages/export-page';
import { ImportPage } from './pages/import-page';

// A table by keyboard: "/table", cells filled with Tab, a row added by Tab in
// the last cell and one from the toolbar, a column from the toolbar; exported
// as HTML and Markdown, and both files imported back as tables.

const HEADLINE = 'Grain reserve shares';

/** The text of each row of a table, header and data cells alike. */
async function rowTexts(table: Locator): Promise<string[][]> {
  return table
    .getByRole('row')
    .evaluateAll((rows) => rows.map((row) => Array.from(row.children, (cell) => (cell.textContent ?? '').trim())));
}

const EXPECTED = [
  ['Country', 'Share', 'Source', 'Note'],
  ['Norrland', '40 %', 'a | b', ''],
  ['Vestmark', '30 %', 'ministry', 'revised'],
  ['Østerdal', '30 %', '', ''],
  ['', '', '', ''],
];

test('a table typed by keyboard, grown from the toolbar, exported as HTML and Markdown and read back', async ({
  shell,
  briefdesk,
  page,
}) => {
  test.slow();
  await briefdesk.open(shell);
  await briefdesk.createBrief(HEADLINE);
  const body = briefdesk.body;
  await body.click();
  await briefdesk.pressInBody('Control+End');
  await briefdesk.typeInBody('Shares by country:');
  await briefdesk.pressInBody('Enter');
  await briefdesk.typeInBody('/table');
  await expect(page.getByRole('option', { name: /Table/ })).toBeVisible();
  await briefdesk.pressInBody('Enter');

  const table = body.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveCount(3);
  await expect(table.getByRole('row')).toHaveCount(3);
  // The table's buttons show while the caret is in it.
  const addColumn = briefdesk.toolbar.getByRole('button', { name: 'Add column right', exact: true });
  await expect(addColumn).toBeVisible();

  // Tab moves cell by cell; Tab in the last cell adds a row.
  const cells = ['Country', 'Share', 'Source', 'Norrland', '40 %', 'a | b', 'Vestmark', '30 %', 'ministry', 'Østerdal', '30 %'];
  for (const [index, text] of cells.entries()) {
    if (index > 0) await briefdesk.pressInBody('Tab');
    await briefdesk.typeInBody(text);
  }
  await expect(table.getByRole('row')).toHaveCount(4);
  // Shift+Tab goes back a cell at a time: to "ministry"; a column is added on its right.
  await briefdesk.pressInBody('Shift+Tab', 'Shift+Tab');
  await addColumn.click();
  await expect(table.getByRole('row').first().getByRole('columnheader')).toHaveCount(4);
  await briefdesk.pressInBody('Tab');
  await briefdesk.typeInBody('revised');
  await briefdesk.pressInBody('ArrowUp', 'ArrowUp');
  await briefdesk.typeInBody('Note');
  // A row from the toolbar below the last, taken back and brought again as one step. The editor groups
  // edits less than 500 ms apart into one undo step: wait that long so that undo takes back the row only.
  await briefdesk.pressInBody('ArrowDown', 'ArrowDown', 'ArrowDown');
  await page.waitForTimeout(600);
  await briefdesk.toolbar.getByRole('button', { name: 'Add row below', exact: true }).click();
  await expect(table.getByRole('row')).toHaveCount(5);
  await briefdesk.pressInBody('Control+z');
  await expect(table.getByRole('row')).toHaveCount(4);
  await briefdesk.pressInBody('Control+Shift+z');
  await expect(table.getByRole('row')).toHaveCount(5);
  expect(await rowTexts(table)).toEqual(EXPECTED);
  await expect(briefdesk.toolbar.getByRole('button', { name: 'Header row', exact: true })).toHaveAttribute('aria-pressed', 'true');

  // From the keyboard alone: the command palette's "Table: add column left" acts at the caret, and undo takes it back.
  await page.keyboard.press('Control+Shift+L');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette.getByRole('combobox')).toBeFocused();
  await page.keyboard.type('add column left');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(table.getByRole('row').first().getByRole('columnheader')).toHaveCount(5);
  await briefdesk.pressInBody('Control+z');
  await expect(table.getByRole('row').first().getByRole('columnheader')).toHaveCount(4);
  expect(await rowTexts(table)).toEqual(EXPECTED);
  await briefdesk.expectSaved();

  // Leaving the table hides its buttons.
  await body.getByText('Shares by country:').click();
  await expect(addColumn).toBeHidden();

  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // The body with its toolbar and table (the status bar's footer role is a finding of its own, outside the body).
    const results = await new AxeBuilder({ page }).include('.body-editor').analyze();
    expect(results.violations.map((violation) => `${colorScheme}: ${violation.id} — ${violation.help}`)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const exporter = new ExportPage(page);
  const html = await exporter.exportAs('HTML page');
  const document = new JSDOM(html.bytes.toString('utf8')).window.document;
  const exported = document.querySelector('.brief-body table');
  expect(Array.from(exported?.querySelectorAll('thead th[scope="col"]') ?? [], (cell) => cell.textContent)).toEqual(EXPECTED[0]);
  expect(Array.from(exported?.querySelectorAll('tbody tr') ?? [], (row) => Array.from(row.children, (cell) => cell.textContent))).toEqual(
    EXPECTED.slice(1),
  );
  const markdown = await exporter.exportAs('Markdown');
  const text = markdown.bytes.toString('utf8');
  expect(text).toContain(
    [
      '| Country | Share | Source | Note |',
      '| --- | --- | --- | --- |',
      '| Norrland | 40 % | a \\| b |  |',
      '| Vestmark | 30 % | ministry | revised |',
    ].join('\n'),
  );

  // Both files come back as briefs whose body holds the same table.
  const importer = new ImportPage(page);
  for (const file of [
    { name: 'shares.html', bytes: html.bytes, mimeType: 'text/html' },
    { name: 'shares.md', bytes: markdown.bytes, mimeType: 'text/markdown' },
  ]) {
    await test.step(`${file.name} reads back as a table`, async () => {
      await importer.chooseFiles([file]);
      await importer.expectResults();
      await importer.openButton(file.name).click();
      await expect(importer.results).toBeHidden();
      await expect(briefdesk.headline).toHaveValue(HEADLINE);
      await expect(body.getByRole('table').getByRole('columnheader')).toHaveCount(4);
      expect(await rowTexts(body.getByRole('table'))).toEqual(EXPECTED);
    });
  }
});
