import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefs } from '../../../../../main/services/export/export-briefs';
import { importFile } from '../../../../../main/services/import/import-file';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import { nuHtmlErrors, requireJava } from '../../../support/nu-html-checker';

const FIXTURES = path.resolve(import.meta.dirname, '../../../../fixtures/import');
const NOW = new Date('2026-03-01T12:00:00.000Z');

let work: string;
let store: LibraryStore;
let id: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'briefdesk-export-tables-'));
  store = await LibraryStore.open(path.join(work, 'library'));
  // A brief with two tables: one GFM can say, one with merged cells, a header column and a list in a cell.
  id = (await importFile(store, await readFile(path.join(FIXTURES, 'tables.html')), 'tables.html')).id;
});

afterAll(async () => {
  await store.close();
  await rm(work, { recursive: true, force: true });
});

describe('a brief with tables, exported', () => {
  it('is a page whose tables have <thead> and scopes, and which passes the Nu HTML Checker', { timeout: 60_000 }, async (context) => {
    const [written] = await exportBriefs(store, [id], { format: 'html', outDir: path.join(work, 'html'), images: 'embed', now: NOW });
    const html = await readFile(written?.path ?? '', 'utf8');
    const document = new JSDOM(html).window.document;
    const tables = [...document.querySelectorAll('.brief-body table')];
    expect(tables).toHaveLength(2);
    expect([...(tables[0]?.querySelectorAll('thead th[scope="col"]') ?? [])].map((cell) => cell.textContent)).toEqual([
      'Country',
      'Deposit (kt)',
      'Share',
    ]);
    expect(tables[0]?.querySelectorAll('tbody tr')).toHaveLength(3);
    expect([...(tables[1]?.querySelectorAll('tbody th[scope="row"]') ?? [])].map((cell) => cell.textContent)).toEqual(['Winter', 'Summer']);
    expect(tables[1]?.querySelector('thead th[colspan="2"]')?.textContent).toBe('Conditions');
    expect(html).toMatch(/\.brief-body th, \.brief-body td \{/);
    requireJava(context);
    expect(await nuHtmlErrors([written?.path ?? ''])).toEqual([]);
  });

  it('comes back from its own Markdown export with the same tables', async () => {
    const [written] = await exportBriefs(store, [id], { format: 'md', outDir: path.join(work, 'md'), images: 'embed', now: NOW });
    const markdown = await readFile(written?.path ?? '', 'utf8');
    expect(markdown).toContain('| Country | Deposit (kt) | Share |\n| --- | --- | --- |\n| Norrland | 120 | **40 %** |');
    expect(markdown).toContain('<th colspan="2">');
    const again = await store.get((await importFile(store, new TextEncoder().encode(markdown), 'tables.md')).id);
    const original = await store.get(id);
    const tables = (body: typeof original.body) => (body.content ?? []).filter((node) => node.type === 'table');
    expect(tables(again.body)).toEqual(tables(original.body));
  });
});
