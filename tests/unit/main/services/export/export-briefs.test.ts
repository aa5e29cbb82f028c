import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBriefHtml } from '../../../../../main/services/export/export-brief-html';
import { exportBriefs, type WrittenExport } from '../../../../../main/services/export/export-briefs';
import { HtmlExportContext } from '../../../../../main/services/export/html-export-context';
import { prepareForExport } from '../../../../../main/services/export/prepare-for-export';
import { LibraryStore } from '../../../../../main/services/library/library-store';
import { createFixtureLibrary } from '../../../../fixtures/briefs/fixture-library';

const NOW = new Date('2025-06-02T08:00:00.000Z');

describe('exportBriefs over many briefs', () => {
  let dataDir: string;
  let work: string;
  let store: LibraryStore;
  let ids: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-run-lib-'));
    work = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-run-out-'));
    ({ store, ids } = await createFixtureLibrary(dataDir));
    // More briefs than the writes kept under way at once.
    for (let copy = 0; copy < 6; copy += 1) ids[`full-${copy}`] = (await store.duplicate(ids.full ?? '')).id;
  });

  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(work, { recursive: true, force: true });
  });

  it('reports each brief once its page is on disk, in the order asked, and returns them in that order', async () => {
    const outDir = path.join(work, 'ordered');
    const order = Object.values(ids).reverse();
    const reported: WrittenExport[] = [];
    const written = await exportBriefs(store, order, {
      format: 'html',
      outDir,
      now: NOW,
      onWritten: (entry) => {
        expect(existsSync(entry.path)).toBe(true);
        reported.push(entry);
      },
    });
    expect(written.map((entry) => entry.id)).toEqual(order);
    expect(reported).toEqual(written);
    const files = (await readdir(outDir)).sort();
    expect(files).toEqual(written.map((entry) => entry.fileName).sort());
    // No temp file is left behind.
    expect(files.every((name) => name.endsWith('.html'))).toBe(true);
  });

  it('writes the same page as exporting the brief on its own', async () => {
    const outDir = path.join(work, 'same');
    const id = ids.full ?? '';
    const [entry] = await exportBriefs(store, [id, ids.hostile ?? ''], { format: 'html', outDir, now: NOW, generator: 'Briefdesk test' });
    const stem = entry?.fileName.replace(/\.html$/, '') ?? '';
    const alone = await exportBriefHtml(await prepareForExport(store, id), {
      images: 'embed',
      stem,
      now: NOW,
      generator: 'Briefdesk test',
    });
    expect(await readFile(entry?.path ?? '', 'utf8')).toBe(alone.html);
  });

  it('shows each page its own hero image, however the pages of a run follow one another', async () => {
    const outDir = path.join(work, 'heroes');
    const images = path.resolve(import.meta.dirname, '../../../../fixtures/images');
    const photo = await store.addImage('harbour-dusk.jpg', await readFile(path.join(images, 'harbour-dusk.jpg')));
    const chart = await store.addImage('throughput-chart.png', await readFile(path.join(images, 'throughput-chart.png')));
    const withHero = async (headline: string, asset: string): Promise<string> => {
      const copy = await store.duplicate(ids.full ?? '');
      const content = { ...(await store.get(copy.id)), headline, hero: { asset, alt: headline, caption: '', credit: '' } };
      await store.save(copy.id, content);
      return copy.id;
    };
    const order = [
      await withHero('Dusk one', photo.id),
      await withHero('Chart', chart.id),
      await withHero('Dusk two', photo.id),
      await withHero('Chart again', chart.id),
    ];
    const written = await exportBriefs(store, order, { format: 'html', outDir, now: NOW });
    // Compared by content hash: the asset id a page's hero bytes would get, against the image each brief names.
    const heroes = await Promise.all(
      written.map(async (entry) => {
        const src = /<figure class="hero"><img src="data:image\/([a-z]+);base64,([^"]+)"/.exec(await readFile(entry.path, 'utf8'));
        const ext = src?.[1] === 'jpeg' ? 'jpg' : (src?.[1] ?? '');
        return `${createHash('sha256')
          .update(Buffer.from(src?.[2] ?? '', 'base64'))
          .digest('hex')}.${ext}`;
      }),
    );
    expect(heroes).toEqual([photo.id, chart.id, photo.id, chart.id]);
  });

  it('on a failure, throws it after the briefs before it are written and reported', async () => {
    const outDir = path.join(work, 'failing');
    const [first, second, third] = [ids.full ?? '', ids['full-0'] ?? '', ids['full-1'] ?? ''];
    // The second brief's file disappears after the ids were checked: reading it fails.
    const briefFile = path.join(dataDir, 'articles', `${second}.json`);
    const kept = path.join(work, 'kept.json');
    await copyFile(briefFile, kept);
    await rm(briefFile);
    const reported: string[] = [];
    try {
      await expect(
        exportBriefs(store, [first, second, third], { format: 'html', outDir, now: NOW, onWritten: (entry) => reported.push(entry.id) }),
      ).rejects.toThrow(second);
    } finally {
      await copyFile(kept, briefFile);
    }
    expect(reported).toEqual([first]);
    expect((await readdir(outDir)).filter((name) => name.endsWith('.html'))).toHaveLength(1);
  });
});

describe('HtmlExportContext', () => {
  let dataDir: string;
  let store: LibraryStore;
  let ids: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-context-'));
    ({ store, ids } = await createFixtureLibrary(dataDir));
  });

  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reads an image once per run: the data: URL and pixel size are kept', async () => {
    const context = new HtmlExportContext(store);
    const assetsDir = path.join(dataDir, 'assets');
    const [name] = (await readdir(assetsDir)).filter((file) => file.endsWith('.png'));
    const file = path.join(assetsDir, name ?? '');
    const bytes = await readFile(file);
    const url = context.dataUrl(file, 'image/png');
    expect(url).toBe(`data:image/png;base64,${bytes.toString('base64')}`);
    const size = context.pixelSize(file);
    expect(size).toMatchObject({ width: expect.any(Number), height: expect.any(Number) });
    // Read from memory from now on (the store never changes an asset file: it is named by its content).
    const moved = `${file}.moved`;
    await copyFile(file, moved);
    await rm(file);
    try {
      expect(context.dataUrl(file, 'image/png')).toBe(url);
      expect(context.pixelSize(file)).toEqual(size);
      // Another run reads again.
      expect(() => new HtmlExportContext(store).dataUrl(file, 'image/png')).toThrow();
      expect(new HtmlExportContext(store).pixelSize(file)).toBeNull();
    } finally {
      await copyFile(moved, file);
      await rm(moved);
    }
  });

  it("gives the titles of the library's briefs, not of unknown ones", () => {
    const context = new HtmlExportContext(store);
    expect(context.title(ids.full ?? '')).toBe('Green Corridor or Bottleneck: Northern Ports Race to Electrify Before the 2028 Deadline');
    expect(context.title('no-such-brief')).toBeUndefined();
  });
});

describe('a store opened read-only for an export', () => {
  it('lists every brief at once, and indexes their full text when a search needs it', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-search-'));
    const { store, ids } = await createFixtureLibrary(dataDir);
    await store.close();
    const reader = await LibraryStore.open(dataDir, { readOnly: true });
    try {
      expect(reader.list().briefs.map((row) => row.id)).toContain(ids.full);
      await reader.indexSynced({ fullText: true });
      const { results } = await reader.search.search({ query: 'electrify', trash: false, offset: 0, limit: 100 });
      expect(results.map((hit) => hit.summary.id)).toContain(ids.full);
    } finally {
      await reader.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
