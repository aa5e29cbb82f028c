import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBriefFile } from '../../../../../main/services/export/export-brief-file';
import { exportBriefs } from '../../../../../main/services/export/export-briefs';
import type { PdfPrinter } from '../../../../../main/services/export/pdf-printer';
import { missingDeskWarning, missingImageWarning, prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { publishToFolder } from '../../../../../main/services/publish/static-site';
import { publishToWordPress } from '../../../../../main/services/publish/wordpress';
import { resolveSyncedDesks } from '../../../../../shared/editor/nodes/editors-desk';
import type { ExportFormat } from '../../../../../shared/api/contract';
import { contentWithBody, desk, harbourDesk, para } from '../../../support/body-fixtures';
import { storeFixture, TINY_PNG } from '../../../support/store-fixtures';

// Counts how often a brief's synced desks are resolved (the real function, watched).
vi.mock('../../../../../shared/editor/nodes/editors-desk/resolve-synced-desks', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../../shared/editor/nodes/editors-desk/resolve-synced-desks')>();
  return { resolveSyncedDesks: vi.fn(actual.resolveSyncedDesks) };
});

const fixture = storeFixture();
const GONE = 'gone-block';
const MISSING_IMAGE = `${'ab'.repeat(32)}.png`;
const CHART = join(import.meta.dirname, '../../../../fixtures/images/throughput-chart.png');
const printer: PdfPrinter = { print: async (html) => new TextEncoder().encode(html), close: async () => undefined };

/** How many of `warnings` are `warning`. */
const times = (warnings: readonly string[], warning: string): number => warnings.filter((each) => each === warning).length;

/**
 * A brief with a hero, a desk synced to a block of the library, two desks
 * synced to a block that is gone, an image of the library and one that is not.
 */
async function briefWithGaps(store: LibraryStore): Promise<{ id: string; blockId: string; hero: string; chart: string }> {
  const hero = (await store.addImage('tiny.png', TINY_PNG)).id;
  const chart = (await store.addImage('chart.png', await readFile(CHART))).id;
  const block = await store.deskLibrary.save(harbourDesk());
  const image = (assetId: string) => ({ type: 'image', attrs: { src: `asset:${assetId}`, alt: 'An image', title: null } });
  const content = contentWithBody(
    'Corridor talks stall',
    para('Before the desks.'),
    desk({ libraryRef: block.id }, para('Stale copy of the block')),
    desk({ libraryRef: GONE }, para('Last known text')),
    image(MISSING_IMAGE),
    desk({ libraryRef: GONE }, para('Another copy')),
    image(chart),
  );
  const brief = await store.createFrom({ ...content, hero: { asset: hero, alt: 'Cranes at dusk', caption: '', credit: '' } });
  return { id: brief.id, blockId: block.id, hero, chart };
}

describe('prepareForExport', () => {
  let store: LibraryStore;
  let gaps: Awaited<ReturnType<typeof briefWithGaps>>;

  beforeEach(async () => {
    store = await fixture.open(await fixture.tempDir());
    gaps = await briefWithGaps(store);
    vi.mocked(resolveSyncedDesks).mockClear();
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('reads the brief once and resolves its synced desks once: blocks used, blocks gone, images named', async () => {
    const prepared = await prepareForExport(store, gaps.id);
    expect(resolveSyncedDesks).toHaveBeenCalledTimes(1);
    expect(prepared.brief).toEqual(await store.get(gaps.id));
    expect(prepared.missingDesks).toEqual([GONE]);
    expect(prepared.deskBlocks.map((block) => block.id)).toEqual([gaps.blockId]);
    expect(prepared.images).toEqual([
      { assetId: gaps.hero, path: store.assetPath(gaps.hero) },
      { assetId: MISSING_IMAGE, path: null },
      { assetId: gaps.chart, path: store.assetPath(gaps.chart) },
    ]);
    const desks = (prepared.body.content ?? []).filter((node) => node.type === 'editorsDesk');
    expect(desks.map((node) => node.content?.[0]?.content?.[0]?.text)).toEqual([
      'A narrow first deal buys time for the harder questions.',
      'Last known text',
      'Another copy',
    ]);
    // The stored brief keeps its last known copy.
    expect(JSON.stringify(prepared.brief.body)).toContain('Stale copy of the block');
  });

  it.each<ExportFormat>(['html', 'md', 'pdf'])(
    '%s: one warning for the gone block and one for the missing image, desks resolved once',
    async (format) => {
      const bundle = await exportBriefFile(store, { id: gaps.id, format }, { pdfPrinter: printer });
      expect(resolveSyncedDesks).toHaveBeenCalledTimes(1);
      expect(times(bundle.warnings, missingDeskWarning(GONE))).toBe(1);
      expect(times(bundle.warnings, missingImageWarning(MISSING_IMAGE))).toBe(1);
      expect(bundle.warnings).toHaveLength(2);
    },
  );

  it('json: the blocks in use and the images there, desks resolved once, no warnings (as before)', async () => {
    const bundle = await exportBriefFile(store, { id: gaps.id, format: 'json' });
    expect(resolveSyncedDesks).toHaveBeenCalledTimes(1);
    expect(bundle.warnings).toEqual([]);
    const exported = JSON.parse(bundle.files[0]?.content ?? '{}');
    expect(Object.keys(exported.assets)).toEqual([gaps.hero, gaps.chart]);
    expect(exported.deskBlocks.map((block: { id: string }) => block.id)).toEqual([gaps.blockId]);
  });

  it('the bulk export prepares each brief once', async () => {
    const other = (await store.createFrom(contentWithBody('No desks here', para('Plain text.')))).id;
    for (const format of ['html', 'md', 'json'] as const) {
      vi.mocked(resolveSyncedDesks).mockClear();
      const written = await exportBriefs(store, [gaps.id, other], { format, outDir: await fixture.tempDir() });
      expect(resolveSyncedDesks, format).toHaveBeenCalledTimes(2);
      const warnings = written[0]?.warnings ?? [];
      expect(times(warnings, missingDeskWarning(GONE)), format).toBe(format === 'json' ? 0 : 1);
    }
  });

  it('the static-site publisher prepares the brief once', async () => {
    const result = await publishToFolder(store, gaps.id, await fixture.tempDir());
    expect(resolveSyncedDesks).toHaveBeenCalledTimes(1);
    expect(times(result.warnings, missingDeskWarning(GONE))).toBe(1);
    expect(times(result.warnings, missingImageWarning(MISSING_IMAGE))).toBe(1);
  });

  it('the WordPress publisher prepares the brief once and leaves the missing image out', async () => {
    let id = 10;
    const answer = (value: unknown): Response => new Response(JSON.stringify(value), { status: 200 });
    vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
      const route = new URL(input).searchParams.get('rest_route') ?? '';
      id += 1;
      // What a site without the footnotes meta says of its posts (WordPress before 6.3).
      if (init.method === 'OPTIONS') return answer({ schema: { properties: { meta: { properties: [] } } } });
      if (route.startsWith('/wp/v2/media')) return answer({ id, source_url: `https://wp.example/${id}.png` });
      if ((route === '/wp/v2/tags' || route === '/wp/v2/categories') && init.method !== 'POST') return answer([]);
      if (route === '/wp/v2/tags' || route === '/wp/v2/categories') return answer({ id, name: 'term', slug: 'term' });
      const sent = JSON.parse(String(init.body));
      return answer({
        id,
        link: 'https://wp.example/p',
        slug: sent.slug,
        status: sent.status,
        modified_gmt: '2030-01-01T00:00:00',
        title: {},
        excerpt: {},
        content: { raw: sent.content },
      });
    });
    const target = { id: 'site', url: 'https://wp.example', username: 'editor', applicationPassword: 'abcd efgh ijkl mnop' };
    const result = await publishToWordPress(store, gaps.id, target, { status: 'draft' });
    expect(result.outcome).toBe('created');
    expect(resolveSyncedDesks).toHaveBeenCalledTimes(1);
    expect(result.outcome === 'created' ? result.warnings : []).toEqual([missingImageWarning(MISSING_IMAGE)]);
  });
});
