// @vitest-environment happy-dom
import { Editor } from '@tiptap/core';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../../../shared/editor/body-extensions';
import { NEW_TABLE } from '../../../../../../shared/editor/nodes/table';
import { bodyProblem } from '../../../../../../shared/editor/validate-body';
import type { BodyDoc, PmNodeJson } from '../../../../../../shared/model/brief';
import { countWords } from '../../../../../../shared/model/word-count';
import { createBodyHtmlRenderer } from '../../../../../../shared/render/body-html-renderer';
import { bodyLines } from '../../../../../../shared/revisions/body-lines';
import { expectHtmlRoundTrip, expectMarkdownRoundTrip } from '../node-round-trip';

const text = (value: string, marks?: PmNodeJson['marks']): PmNodeJson => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: PmNodeJson[]): PmNodeJson => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' });
const doc = (...content: PmNodeJson[]): BodyDoc => ({ type: 'doc', content }) as BodyDoc;
const cellAttrs = (colspan = 1, rowspan = 1) => ({ colspan, rowspan, colwidth: null, align: null });
const cell =
  (type: 'tableHeader' | 'tableCell') =>
  (...content: PmNodeJson[]): PmNodeJson => ({ type, attrs: cellAttrs(), content });
const th = cell('tableHeader');
const td = cell('tableCell');
const row = (...cells: PmNodeJson[]): PmNodeJson => ({ type: 'tableRow', content: cells });
const table = (...rows: PmNodeJson[]): PmNodeJson => ({ type: 'table', content: rows });
const link = (href: string) => ({ type: 'link', attrs: { href, target: null, rel: 'noopener noreferrer', class: null, title: null } });

/** A table GFM can say: a header row, one line of text in each cell — with pipes, emphasis, code and a link. */
const SHARES = doc(
  table(
    row(th(paragraph(text('Country'))), th(paragraph(text('Share | range'))), th(paragraph(text('Source')))),
    row(td(paragraph(text('Norrland'))), td(paragraph(text('40 %', [{ type: 'bold' }]))), td(paragraph(text('a|b', [{ type: 'code' }])))),
    row(td(paragraph(text('Vestmark'))), td(paragraph()), td(paragraph(text('notes | more', [link('https://example.org/notes')])))),
  ),
);

/** A table GFM cannot say: no header row, a merged cell, a list and two paragraphs in cells. */
const CONDITIONS = doc(
  table(
    row({ type: 'tableCell', attrs: cellAttrs(2), content: [paragraph(text('Winter'))] }, td(paragraph(text('Quota')))),
    row(
      td({
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraph(text('Draw after notice'))] },
          { type: 'listItem', content: [paragraph(text('Price', [{ type: 'italic' }]), text(' at the average'))] },
        ],
      }),
      td(paragraph(text('No draws.')), paragraph(text('Stocks rotate.'))),
      td(paragraph(text('<b>not a tag</b>'))),
    ),
  ),
);

let editor: Editor | undefined;
afterEach(() => {
  editor?.destroy();
  editor = undefined;
});

describe('the table node', () => {
  it('is part of the body schema: a stored body with a table is valid, cells never hold the brief blocks', () => {
    expect(bodyProblem(SHARES)).toBeNull();
    expect(bodyProblem(CONDITIONS)).toBeNull();
    const takeawaysInCell = doc(table(row(td({ type: 'keyTakeaways', content: [{ type: 'takeaway', content: [text('x')] }] }))));
    expect(bodyProblem(takeawaysInCell)).toMatch(/schema/);
  });

  it('keeps header cells, merged cells and block content through HTML', () => {
    expectHtmlRoundTrip(
      bodyExtensions(),
      doc(
        table(
          row(th(paragraph(text('A'))), th(paragraph(text('B')))),
          row({ type: 'tableCell', attrs: cellAttrs(2), content: [paragraph(text('wide'))] }),
        ),
      ),
      '<table style="min-width: 50px;"><colgroup><col style="min-width: 25px;"><col style="min-width: 25px;"></colgroup><tbody>' +
        '<tr><th><p>A</p></th><th><p>B</p></th></tr><tr><td colspan="2"><p>wide</p></td></tr></tbody></table>',
    );
  });

  it('writes a GFM pipe table, escaping pipes in text, code and links, and reads it back', async () => {
    await expectMarkdownRoundTrip(SHARES, [
      '| Country | Share \\| range | Source |',
      '| --- | --- | --- |',
      '| Norrland | **40 %** | `a\\|b` |',
      '| Vestmark |  | [notes \\| more](https://example.org/notes) |',
    ]);
  });

  it('writes a table GFM cannot say as an HTML table of Markdown cells, and reads it back', async () => {
    await expectMarkdownRoundTrip(CONDITIONS, [
      '<table>',
      '<tr>',
      '<td colspan="2">',
      '',
      'Winter',
      '',
      '</td>',
      '<td>',
      '',
      'Quota',
      '',
      '</td>',
      '</tr>',
      '<tr>',
      '<td>',
      '',
      '- Draw after notice',
      '- *Price* at the average',
      '',
      '</td>',
      '<td>',
      '',
      'No draws.',
      '',
      'Stocks rotate.',
      '',
      '</td>',
      '<td>',
      '',
      '\\<b>not a tag\\</b>',
      '',
      '</td>',
      '</tr>',
      '</table>',
    ]);
  });

  it('keeps a quote’s prefix on every line of a table inside it, blank lines too', async () => {
    await expectMarkdownRoundTrip(doc({ type: 'blockquote', content: [table(row(td(paragraph(text('One')), paragraph(text('Two')))))] }), [
      '> <table>',
      '> <tr>',
      '> <td>',
      '> ',
      '> One',
      '> ',
      '> Two',
      '> ',
      '> </td>',
      '> </tr>',
      '> </table>',
    ]);
  });

  it('exports a header row as <thead> with scope="col", a header column with scope="row", spans kept', () => {
    const render = createBodyHtmlRenderer(new JSDOM('').window);
    const html = render(
      doc(
        table(
          row(th(paragraph(text('Season'))), { type: 'tableHeader', attrs: cellAttrs(2), content: [paragraph(text('Conditions'))] }),
          row(th(paragraph(text('Winter'))), td(paragraph(text('Notice'))), td(paragraph(text('Quota')))),
        ),
      ),
      () => null,
    );
    expect(html).toBe(
      '<table><thead><tr><th scope="col" dir="auto"><p>Season</p></th><th colspan="2" scope="col" dir="auto"><p>Conditions</p></th></tr></thead>' +
        '<tbody><tr><th scope="row" dir="auto"><p>Winter</p></th><td dir="auto"><p>Notice</p></td><td dir="auto"><p>Quota</p></td></tr></tbody></table>',
    );
  });

  it('reads as one diff line per row and counts every cell’s words apart', () => {
    expect(bodyLines(SHARES).map((line) => line.text)).toEqual([
      '| Country | Share | range | Source |',
      '| Norrland | 40 % | a|b |',
      '| Vestmark |  | notes | more |',
    ]);
    expect(countWords(doc(table(row(td(paragraph(text('cell A'))), td(paragraph(text('cell B')))))))).toBe(4);
  });

  it('inserts a 3×3 table with a header row, adds and removes rows and columns, and deletes it', () => {
    editor = new Editor({ extensions: bodyExtensions(), content: doc(paragraph(text('Before'))) });
    editor.commands.setTextSelection(editor.state.doc.content.size);
    expect(editor.commands.insertTable(NEW_TABLE)).toBe(true);
    /** The kinds of cell of each row of the table, when there is one. */
    const shape = (): string[][] => {
      const rows: string[][] = [];
      editor?.state.doc.descendants((node) => {
        if (node.type.name !== 'tableRow') return true;
        rows.push(Array.from({ length: node.childCount }, (_, index) => node.child(index).type.name));
        return false;
      });
      return rows;
    };
    expect(shape()).toEqual([
      ['tableHeader', 'tableHeader', 'tableHeader'],
      ['tableCell', 'tableCell', 'tableCell'],
      ['tableCell', 'tableCell', 'tableCell'],
    ]);
    expect(editor.isActive('tableHeader')).toBe(true);
    editor.chain().addColumnAfter().addRowAfter().run();
    expect(shape().map((cells) => cells.length)).toEqual([4, 4, 4, 4]);
    // The caret is still in the header row: it goes, and the column of the caret.
    editor.commands.deleteRow();
    editor.commands.deleteColumn();
    expect(shape()).toEqual([
      ['tableCell', 'tableCell', 'tableCell'],
      ['tableCell', 'tableCell', 'tableCell'],
      ['tableCell', 'tableCell', 'tableCell'],
    ]);
    expect(editor.commands.toggleHeaderRow()).toBe(true);
    expect(shape()[0]).toEqual(['tableHeader', 'tableHeader', 'tableHeader']);
    editor.commands.toggleHeaderRow();
    expect(shape()[0]).toEqual(['tableCell', 'tableCell', 'tableCell']);
    editor.commands.deleteTable();
    expect(shape()).toEqual([]);
  });
});
