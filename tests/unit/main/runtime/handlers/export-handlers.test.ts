import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ExportBundle, type ExportedFile, type ApiHandlers } from '../../../../../shared/api/contract';
import { Brief, type BodyDoc } from '../../../../../shared/model/brief';
import { exportBriefHtml } from '../../../../../main/services/export/export-brief-html';
import { prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { dispatch } from '../../../../../shared/api/dispatch';
import { call, expectFailure, handlersOnNewLibrary } from '../../../support/handler-fixtures';
import { TINY_PNG, sampleContent, storeFixture } from '../../../support/store-fixtures';

/** A second, different image (a 2×1 PNG). */
const CHART_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAYAAAD0In+KAAAADklEQVR4nGP4z8AAQv8BD/kD/YURmXYAAAAASUVORK5CYII=', 'base64');

const fixture = storeFixture();
const HEADLINE = 'Grid reform stalls in the Senate';

/** A library with one brief that has a hero image; the handlers over it. */
async function libraryWithBrief(): Promise<{ handlers: ApiHandlers; store: LibraryStore; brief: Brief }> {
  const { handlers, store } = await handlersOnNewLibrary(fixture);
  const created = await store.create();
  const asset = await store.addImage('dot.png', TINY_PNG);
  await store.save(created.id, { ...sampleContent(HEADLINE), hero: { asset: asset.id, alt: 'A dot', caption: '', credit: '' } }, 0);
  return { handlers, store, brief: await store.get(created.id) };
}

/** Every file under a folder with its size, modification time and bytes. */
async function snapshot(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    // index.db's shared-memory file is where SQLite's readers coordinate: reading the index writes to it.
    if (!entry.isFile() || entry.name.endsWith('.db-shm')) continue;
    const path = join(entry.parentPath, entry.name);
    const info = await stat(path);
    files.set(path, `${info.size} ${info.mtimeMs} ${(await readFile(path)).toString('base64')}`);
  }
  return files;
}

async function exportThrough(handlers: ApiHandlers, id: string, format: 'html' | 'json'): Promise<ExportedFile> {
  const [main] = (await bundleThrough(handlers, { id, format })).files;
  if (!main) throw new Error('empty export');
  return main;
}

/** The whole bundle of an exportBrief call through dispatch, checked against the contract. */
async function bundleThrough(handlers: ApiHandlers, input: Record<string, unknown>): Promise<ExportBundle> {
  return ExportBundle.parse(await call(handlers, 'exportBrief', input));
}

/** A library with a brief carrying a hero and an inline image, and a second brief it lists as related. */
async function libraryWithRelated(): Promise<{ handlers: ApiHandlers; store: LibraryStore; brief: Brief; other: Brief; inline: string }> {
  const { handlers, store, brief } = await libraryWithBrief();
  const other = await store.create();
  await store.save(other.id, sampleContent('Storage tenders draw record bids'), 0);
  const inline = (await store.addImage('chart.png', CHART_PNG)).id;
  const body: BodyDoc = {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: 'Capacity auctions clear at a higher price.' }] },
      { type: 'image', attrs: { src: `asset:${inline}`, alt: 'A chart of auction prices' } },
    ],
  };
  const { id: _id, revision, schemaVersion: _version, createdAt: _created, updatedAt: _updated, trashedAt: _trashed, ...content } = brief;
  await store.save(brief.id, { ...content, body, related: [{ kind: 'brief', id: other.id }] }, revision);
  return { handlers, store, brief: await store.get(brief.id), other: await store.get(other.id), inline };
}

/** The bytes the library keeps for an asset. */
async function libraryBytes(store: LibraryStore, assetId: string): Promise<Buffer> {
  return readFile(store.assetPath(assetId) ?? '');
}

describe('exportBrief', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('html: the very page exportBriefHtml renders, images embedded, named from the headline', async () => {
    const { handlers, store, brief } = await libraryWithBrief();
    // The colophon carries the export time: hold the clock still so both pages are made at the same moment.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2025-06-02T08:00:00.000Z') });
    const exported = await exportThrough(handlers, brief.id, 'html');
    const direct = await exportBriefHtml(await prepareForExport(store, brief.id), {
      images: 'embed',
      stem: 'grid-reform-stalls-in-the-senate',
      generator: 'Briefdesk 1.2.3',
    });

    expect(exported.fileName).toBe('grid-reform-stalls-in-the-senate.html');
    expect(exported.mimeType).toMatch(/^text\/html/);
    expect(exported.content).toBe(direct.html);

    const { document } = new JSDOM(exported.content).window;
    expect(document.querySelector('h1')?.textContent).toBe(HEADLINE);
    expect(document.querySelector('.hero img')?.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(exported.content).not.toContain('asset:');
  });

  it('json: the lossless export, which parses and carries the brief', async () => {
    const { handlers, brief } = await libraryWithBrief();
    const exported = await exportThrough(handlers, brief.id, 'json');
    expect(exported).toMatchObject({ fileName: 'grid-reform-stalls-in-the-senate.json', mimeType: 'application/json' });

    const parsed: unknown = JSON.parse(exported.content);
    expect(parsed).toMatchObject({ format: 'briefdesk-brief', version: 1, brief: { id: brief.id, headline: HEADLINE } });
    const roundTripped = Brief.parse(Reflect.get(Object(parsed), 'brief'));
    expect(roundTripped).toEqual(brief);
    expect(Object.keys(Reflect.get(Object(parsed), 'assets'))).toEqual([brief.hero?.asset]);
  });

  it('html with images in a folder: the page, then each image as base64 with its type', async () => {
    const { handlers, store, brief, inline } = await libraryWithRelated();
    const bundle = await bundleThrough(handlers, { id: brief.id, format: 'html', images: 'folder' });
    const stem = 'grid-reform-stalls-in-the-senate';
    const hero = brief.hero?.asset ?? '';
    const [page, ...images] = bundle.files;
    expect(page).toMatchObject({ fileName: `${stem}.html`, mimeType: 'text/html;charset=utf-8', encoding: 'utf8' });
    expect(images.map((file) => [file.fileName, file.mimeType, file.encoding]).sort()).toEqual(
      [
        [`${stem}-assets/${hero}`, 'image/png', 'base64'],
        [`${stem}-assets/${inline}`, 'image/png', 'base64'],
      ].sort(),
    );
    const { document } = new JSDOM(page?.content ?? '').window;
    expect([...document.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual([
      `${stem}-assets/${hero}`,
      `${stem}-assets/${inline}`,
    ]);
    expect(page?.content).not.toContain('data:image');
    for (const file of images) {
      const asset = file.fileName.slice(`${stem}-assets/`.length);
      expect(Buffer.from(file.content, 'base64').equals(await libraryBytes(store, asset))).toBe(true);
    }
    expect(bundle.warnings).toEqual([]);
  });

  it('html embedded is one file, whatever images it has', async () => {
    const { handlers, brief } = await libraryWithRelated();
    const bundle = await bundleThrough(handlers, { id: brief.id, format: 'html' });
    expect(bundle.files).toHaveLength(1);
    expect(bundle.files[0]?.content.match(/src="data:image\/png;base64,/g)).toHaveLength(2);
  });

  it('md: front matter and body, then its images from <stem>-assets/', async () => {
    const { handlers, store, brief, inline } = await libraryWithRelated();
    const bundle = await bundleThrough(handlers, { id: brief.id, format: 'md' });
    const stem = 'grid-reform-stalls-in-the-senate';
    const hero = brief.hero?.asset ?? '';
    expect(bundle.files.map((file) => [file.fileName, file.mimeType, file.encoding])).toEqual([
      [`${stem}.md`, 'text/markdown;charset=utf-8', 'utf8'],
      [`${stem}-assets/${hero}`, 'image/png', 'base64'],
      [`${stem}-assets/${inline}`, 'image/png', 'base64'],
    ]);
    const markdown = bundle.files[0]?.content ?? '';
    expect(markdown).toMatch(/^---\n/);
    expect(markdown).toContain(`\ntitle: "${HEADLINE}"\n`);
    expect(markdown).toContain(`![A chart of auction prices](${stem}-assets/${inline})`);
    expect(Buffer.from(bundle.files[2]?.content ?? '', 'base64').equals(CHART_PNG)).toBe(true);
    expect(Buffer.from(bundle.files[1]?.content ?? '', 'base64').equals(await libraryBytes(store, hero))).toBe(true);
  });

  it('stems: the brief is named by its own stem and related briefs link to theirs', async () => {
    const { handlers, brief, other } = await libraryWithRelated();
    const stems = { [brief.id]: 'senate-grid', [other.id]: 'storage-tenders-2' };
    const html = await bundleThrough(handlers, { id: brief.id, format: 'html', images: 'folder', stems });
    expect(html.files.map((file) => file.fileName)).toEqual([
      'senate-grid.html',
      expect.stringMatching(/^senate-grid-assets\/[a-f0-9]{64}\.png$/),
      expect.stringMatching(/^senate-grid-assets\/[a-f0-9]{64}\.png$/),
    ]);
    const { document } = new JSDOM(html.files[0]?.content ?? '').window;
    const related = document.querySelector('.related a');
    expect(related?.getAttribute('href')).toBe('storage-tenders-2.html');
    expect(related?.textContent).toBe('Storage tenders draw record bids');

    const md = await bundleThrough(handlers, { id: brief.id, format: 'md', stems });
    expect(md.files[0]?.fileName).toBe('senate-grid.md');
    expect(md.files[0]?.content).toContain('storage-tenders-2.md');

    // Without stems, a related brief is named but not linked.
    const alone = await bundleThrough(handlers, { id: brief.id, format: 'html' });
    const item = new JSDOM(alone.files[0]?.content ?? '').window.document.querySelector('.related li');
    expect(item?.textContent).toBe('Storage tenders draw record bids');
    expect(item?.querySelector('a')).toBeNull();
  });

  it('pdf without a printer in the shell is refused as unsupported', async () => {
    const { handlers, brief } = await libraryWithBrief();
    const result = await dispatch(handlers, 'exportBrief', { id: brief.id, format: 'pdf' });
    expect(result).toMatchObject({ ok: false, error: { code: 'unsupported', message: 'PDF export is not available here.' } });
  });

  it('refuses a stem that is not a file-name stem', async () => {
    const { handlers, brief } = await libraryWithBrief();
    for (const stem of ['../escape', 'a/b', 'Upper', '', '.hidden']) {
      await expectFailure(handlers, 'exportBrief', { id: brief.id, format: 'html', stems: { [brief.id]: stem } }, 'invalid_input');
    }
  });

  it('changes nothing in the library folder', async () => {
    const { handlers, store, brief } = await libraryWithBrief();
    await store.flush();
    const before = await snapshot(store.dataDir);
    await exportThrough(handlers, brief.id, 'html');
    await exportThrough(handlers, brief.id, 'json');
    await bundleThrough(handlers, { id: brief.id, format: 'md' });
    await bundleThrough(handlers, { id: brief.id, format: 'html', images: 'folder' });
    await store.flush();
    expect(await snapshot(store.dataDir)).toEqual(before);
  });

  it('validates its input and refuses an unknown brief', async () => {
    const { handlers, brief } = await libraryWithBrief();
    await expectFailure(handlers, 'exportBrief', { id: brief.id, format: 'docx' }, 'invalid_input');
    await expectFailure(handlers, 'exportBrief', { id: brief.id }, 'invalid_input');
    await expectFailure(handlers, 'exportBrief', { id: '01JNZ5Y3K2M4P6Q8R0S2T4V6X8', format: 'html' }, 'not_found');
  });
});
