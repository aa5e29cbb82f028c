import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { BriefdeskApi, ExportedFile } from '../../../../shared/api/contract';
import { dispatch } from '../../../../shared/api/dispatch';
import { apiOver } from '../../../../renderer/api/create-api';
import { type BulkProgress, runBulkExport } from '../../../../renderer/export/bulk-export-run';
import type { LibraryStore } from '../../../../main/services/library/library-store';
import { handlersOnNewLibrary } from '../../support/handler-fixtures';
import { TINY_PNG, sampleContent, storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();

/** The renderer's API client over the real handlers of a fresh library (through dispatch, as the shells do). */
async function apiOnNewLibrary(): Promise<{ api: BriefdeskApi; store: LibraryStore }> {
  const { handlers, store } = await handlersOnNewLibrary(fixture);
  return { api: apiOver((name, input) => dispatch(handlers, name, input)), store };
}

/** A brief saved with a headline (and optionally a hero image or related briefs); its id. */
async function addBrief(
  store: LibraryStore,
  headline: string,
  extra: { hero?: boolean; related?: string[]; language?: string } = {},
): Promise<string> {
  const created = await store.create();
  const hero = extra.hero
    ? { asset: (await store.addImage('dot.png', TINY_PNG)).id, alt: 'A dot on the map', caption: '', credit: '' }
    : null;
  const related = (extra.related ?? []).map((id) => ({ kind: 'brief' as const, id }));
  await store.save(created.id, { ...sampleContent(headline), hero, related, language: extra.language ?? 'en' }, 0);
  return created.id;
}

function names(files: readonly ExportedFile[]): string[] {
  return files.map((file) => file.fileName);
}

function hrefs(html: string, selector: string): string[] {
  const { document } = new JSDOM(html).window;
  return Array.from(document.querySelectorAll(selector), (link) => link.getAttribute('href') ?? '');
}

describe('runBulkExport', () => {
  it('HTML: a page per brief with clash-free names, related briefs linked, and an index.html linking every page', async () => {
    const { api, store } = await apiOnNewLibrary();
    const grain = await addBrief(store, 'Grain corridor holds');
    const again = await addBrief(store, 'Grain corridor holds', { related: [grain] });
    const index = await addBrief(store, 'Index', { hero: true, language: 'ar' });
    const progress: BulkProgress[] = [];
    const briefs = [
      { id: grain, headline: 'Grain corridor holds' },
      { id: again, headline: 'Grain corridor holds' },
      { id: index, headline: 'Index' },
    ];

    const outcome = await runBulkExport({
      api,
      briefs,
      format: 'html',
      signal: new AbortController().signal,
      onProgress: (step) => progress.push(step),
    });

    expect(outcome.kind).toBe('finished');
    if (outcome.kind !== 'finished') return;
    expect(names(outcome.files)).toEqual(['index.html', 'grain-corridor-holds.html', 'grain-corridor-holds-2.html', 'index-2.html']);
    expect(outcome.results.map((result) => [result.fileName, result.error])).toEqual([
      ['grain-corridor-holds.html', null],
      ['grain-corridor-holds-2.html', null],
      ['index-2.html', null],
    ]);
    expect(progress.map((step) => `${step.done}/${step.total} ${step.headline}`)).toEqual([
      '0/3 Grain corridor holds',
      '1/3 Grain corridor holds',
      '2/3 Index',
      '3/3 ',
    ]);

    const [indexPage, , secondPage] = outcome.files;
    expect(hrefs(indexPage?.content ?? '', '.index-list a')).toEqual([
      'grain-corridor-holds.html',
      'grain-corridor-holds-2.html',
      'index-2.html',
    ]);
    expect(new JSDOM(indexPage?.content ?? '').window.document.querySelector('li[lang="ar"]')?.getAttribute('dir')).toBe('rtl');
    // The second brief's related link goes to the first brief's page in the same export.
    expect(hrefs(secondPage?.content ?? '', 'a[href$=".html"]')).toContain('grain-corridor-holds.html');
  });

  it('Markdown: each file with its images folder; one failing brief is reported and the others still export', async () => {
    const { api, store } = await apiOnNewLibrary();
    const pictured = await addBrief(store, 'Pipeline talks stall', { hero: true });
    const gone = await addBrief(store, 'Withdrawn brief');
    const plain = await addBrief(store, 'Refinery restarts');
    await store.trash(gone);
    await store.purge(gone);

    const outcome = await runBulkExport({
      api,
      briefs: [
        { id: pictured, headline: 'Pipeline talks stall' },
        { id: gone, headline: 'Withdrawn brief' },
        { id: plain, headline: 'Refinery restarts' },
      ],
      format: 'md',
      signal: new AbortController().signal,
    });

    expect(outcome.kind).toBe('finished');
    if (outcome.kind !== 'finished') return;
    const files = names(outcome.files);
    expect(files[0]).toBe('pipeline-talks-stall.md');
    expect(files.filter((name) => name.startsWith('pipeline-talks-stall-assets/'))).toHaveLength(1);
    expect(files).toContain('refinery-restarts.md');
    expect(files.some((name) => name.startsWith('index'))).toBe(false);
    const frontMatter = /^---\n([\s\S]*?)\n---\n/.exec(outcome.files[0]?.content ?? '')?.[1] ?? '';
    expect(parseYaml(frontMatter)).toMatchObject({ title: 'Pipeline talks stall', hero: { file: files[1] } });
    const failure = outcome.results.find((result) => result.id === gone);
    expect(failure).toMatchObject({ headline: 'Withdrawn brief', fileName: null });
    expect(failure?.error).toMatch(/No brief/i);
    expect(outcome.results.filter((result) => result.error === null)).toHaveLength(2);
  });

  it('Cancel stops after the brief being exported and gives no files', async () => {
    const { api, store } = await apiOnNewLibrary();
    const ids = [
      await addBrief(store, 'First of three'),
      await addBrief(store, 'Second of three'),
      await addBrief(store, 'Third of three'),
    ];
    const exported: string[] = [];
    const counting: BriefdeskApi = {
      ...api,
      exportBrief: async (input) => {
        exported.push(input.id);
        return api.exportBrief(input);
      },
    };
    const abort = new AbortController();

    const outcome = await runBulkExport({
      api: counting,
      briefs: ids.map((id, index) => ({ id, headline: `Brief ${index + 1}` })),
      format: 'json',
      signal: abort.signal,
      // Cancel while the second brief is being exported.
      onProgress: (step) => step.done === 1 && abort.abort(),
    });

    expect(outcome).toEqual({ kind: 'cancelled', done: 2, total: 3 });
    expect(exported).toEqual(ids.slice(0, 2));
  });

  it('names the files from the library’s current headlines, not the list the dialog was given', async () => {
    const { api, store } = await apiOnNewLibrary();
    const id = await addBrief(store, 'Ceasefire extended to the north');
    const outcome = await runBulkExport({
      api,
      briefs: [{ id, headline: 'An older headline' }],
      format: 'json',
      signal: new AbortController().signal,
    });
    expect(outcome.kind === 'finished' && names(outcome.files)).toEqual(['ceasefire-extended-to-the-north.json']);
  });
});
