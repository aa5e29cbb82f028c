import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile } from '../../../../../main/services/import/import-file';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import type { Brief, PmNodeJson } from '../../../../../shared/model/brief';
import { plainTextOf } from '../../../../../shared/model/word-count';
import { buildDocx } from '../../docx-builder';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/import');

let work: string;
let store: LibraryStore;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-import-tables-'));
  store = await LibraryStore.open(path.join(work, 'library'));
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

async function imported(bytes: Uint8Array, fileName: string): Promise<Brief> {
  const report = await importFile(store, bytes, fileName);
  return store.get(report.id);
}

/** A cell as its kind (H for a header cell, C for a data cell), its spans when merged, and its text. */
function cellOf(cell: PmNodeJson): string {
  const colspan = cell.attrs?.colspan;
  const span = typeof colspan === 'number' && colspan > 1 ? `[${colspan}]` : '';
  return `${cell.type === 'tableHeader' ? 'H' : 'C'}${span} ${plainTextOf(cell).replace(/\n/g, ' / ')}`;
}

/** Each table of the body as rows of cells (cellOf). */
function tablesOf(brief: Brief): string[][][] {
  return (brief.body.content ?? [])
    .filter((node) => node.type === 'table')
    .map((table) => (table.content ?? []).map((row) => (row.content ?? []).map(cellOf)));
}

/** The body's top-level blocks by type. */
const blockTypes = (brief: Brief): string[] => (brief.body.content ?? []).map((node) => node.type);

describe('tables in imported files', () => {
  it('reads a web page’s tables as tables: header row, merged cells, a list in a cell; the caption before it; handlers gone', async () => {
    const brief = await imported(await readFile(path.join(FIXTURES, 'tables.html')), 'tables.html');
    expect(brief.headline).toBe('Grain reserve shares, country by country');
    expect(blockTypes(brief)).toEqual(['paragraph', 'paragraph', 'table', 'paragraph', 'table', 'paragraph']);
    expect(plainTextOf(brief.body.content?.[1] ?? { type: 'paragraph' })).toBe('Table 1. Deposits in the first year');
    expect(tablesOf(brief)).toEqual([
      [
        ['H Country', 'H Deposit (kt)', 'H Share'],
        ['C Norrland', 'C 120', 'C 40 %'],
        ['C Vestmark', 'C 90', 'C 30 %'],
        ['C Østerdal', 'C 90', 'C 30 % (notes)'],
      ],
      [
        ['H Season', 'H[2] Conditions'],
        ['H Winter', "C Draw after 30 days' notice / Price at the autumn average", 'C Quota 10 %'],
        ['H Summer', 'C[2] No draws before harvest. / Stocks rotate in August.'],
      ],
    ]);
    const second = brief.body.content?.[4]?.content?.[1]?.content?.[1]?.content?.[0];
    expect(second?.type).toBe('bulletList');
    expect(JSON.stringify(brief.body)).not.toMatch(/alert|onclick|onmouseover|style/);
    expect(JSON.stringify(brief.body)).toContain('"href":"https://example.org/notes"');
  });

  it('reads GFM pipe tables from Markdown: escaped pipes, emphasis, code and links in cells', async () => {
    const brief = await imported(await readFile(path.join(FIXTURES, 'tables.md')), 'tables.md');
    expect(blockTypes(brief)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tablesOf(brief)).toEqual([
      [
        ['H Country', 'H Deposit (kt)', 'H Share'],
        ['C Norrland', 'C 120', 'C 40 %'],
        ['C Vestmark', 'C 90', 'C 30 | 35 %'],
        ['C Østerdal', 'C a|b in code', 'C notes'],
      ],
    ]);
    const rows = brief.body.content?.[1]?.content ?? [];
    expect(rows[1]?.content?.[2]?.content?.[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }]);
    expect(rows[3]?.content?.[1]?.content?.[0]?.content?.[0]).toEqual({ type: 'text', text: 'a|b', marks: [{ type: 'code' }] });
  });

  it('reads a Word table: its header row, a merged cell, two paragraphs in a cell, a link', async () => {
    const docx = buildDocx([
      { style: 'Title', runs: [{ text: 'Basin quotas' }] },
      { style: 'Subtitle', runs: [{ text: 'Who takes how much water, bank by bank.' }] },
      { runs: [{ text: 'The quotas agreed on Monday:' }] },
      {
        table: {
          headerRows: 1,
          rows: [
            [{ paragraphs: [[{ text: 'Country' }]] }, { paragraphs: [[{ text: 'Quota' }]] }, { paragraphs: [[{ text: 'Source' }]] }],
            [
              { paragraphs: [[{ text: 'Lortsa' }]] },
              { paragraphs: [[{ text: '40 %', bold: true }]] },
              { paragraphs: [[{ text: 'ministry', link: 'https://example.org/ministry' }]] },
            ],
            [{ paragraphs: [[{ text: 'Both banks' }], [{ text: 'shared gauge' }]], span: 2 }, { paragraphs: [] }],
          ],
        },
      },
      { runs: [{ text: 'Talks resume in May.' }] },
    ]);
    const brief = await imported(docx, 'quotas.docx');
    expect(brief.headline).toBe('Basin quotas');
    expect(blockTypes(brief)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(tablesOf(brief)).toEqual([
      [
        ['H Country', 'H Quota', 'H Source'],
        ['C Lortsa', 'C 40 %', 'C ministry'],
        ['C[2] Both banks / shared gauge', 'C '],
      ],
    ]);
    expect(JSON.stringify(brief.body)).toContain('"href":"https://example.org/ministry"');
  });
});
