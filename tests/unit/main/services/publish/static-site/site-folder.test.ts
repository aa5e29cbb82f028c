import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../../../../main/services/library/library-store';
import { publishToFolder, readSiteManifest, unpublishFromFolder } from '../../../../../../main/services/publish/static-site';
import { atomEntries, briefContent, childText, readSite } from './site-fixtures';
import { storeFixture } from '../../../../support/store-fixtures';

const NOW = new Date('2025-07-14T10:00:00.000Z');

/** The files of a folder, recursively, with their bytes. */
async function snapshotFolder(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files[path.relative(dir, full)] = await readFile(full, 'latin1');
  }
  return files;
}

describe('the static site folder', () => {
  const fixture = storeFixture();

  async function libraryWith(...headlines: string[]): Promise<{ store: LibraryStore; ids: string[] }> {
    const store = await fixture.open(await fixture.tempDir());
    const ids: string[] = [];
    for (const headline of headlines) ids.push((await store.createFrom(briefContent({ headline }))).id);
    return { store, ids };
  }

  it('without a base URL links the feed relatively, keeps URN ids and writes no sitemap; a base URL added later does', async () => {
    const { store, ids } = await libraryWith('Bunker fuel prices ease after a volatile quarter');
    const [id = ''] = ids;
    const site = await fixture.tempDir();
    const first = await publishToFolder(store, id, site, { now: NOW });
    expect(first).toMatchObject({ url: 'bunker-fuel-prices-ease-after-a-volatile-quarter/', sitemap: false });
    expect(existsSync(path.join(site, 'sitemap.xml'))).toBe(false);

    let { feed, manifest } = await readSite(site);
    const root = feed.documentElement;
    const links = (element: Element) =>
      [...element.children]
        .filter((child) => child.localName === 'link')
        .map((link) => `${link.getAttribute('rel')} ${link.getAttribute('href')}`);
    expect(links(root)).toEqual(['self feed.xml', 'alternate ./']);
    expect(childText(root, 'id')).toBe(`urn:uuid:${manifest.id}`);
    const [entry] = atomEntries(feed);
    expect(entry).toMatchObject({ id: `urn:uuid:${manifest.pages[0]?.entryId}`, link: `${first.slug}/` });

    // Given a base URL, links become absolute and the sitemap appears; the ids stay.
    const later = await publishToFolder(store, id, site, {
      baseUrl: 'http://intranet.example/desk',
      now: new Date('2025-07-15T10:00:00.000Z'),
    });
    expect(later).toMatchObject({ changed: false, sitemap: true, url: `http://intranet.example/desk/${first.slug}/` });
    ({ feed } = await readSite(site));
    expect(childText(feed.documentElement, 'id')).toBe(`urn:uuid:${manifest.id}`);
    expect(atomEntries(feed)[0]).toMatchObject({ id: entry?.id, link: later.url });
    // A new base URL is a change of the feed, not of the page.
    expect(childText(feed.documentElement, 'updated')).toBe('2025-07-15T10:00:00.000Z');
    expect(atomEntries(feed)[0]?.updated).toBe(NOW.toISOString());
    expect(existsSync(path.join(site, 'sitemap.xml'))).toBe(true);

    // Taking the base URL away removes the sitemap, whose addresses would be wrong.
    await publishToFolder(store, id, site, { baseUrl: null });
    expect(existsSync(path.join(site, 'sitemap.xml'))).toBe(false);
    ({ manifest } = await readSite(site));
    expect(manifest.baseUrl).toBeNull();
  });

  it('refuses a folder holding a site it did not make, and writes nothing', async () => {
    const { store, ids } = await libraryWith('Dry bulk charter rates climb');
    const [id = ''] = ids;
    for (const foreign of ['index.html', 'feed.xml', 'assets/logo.png']) {
      const site = await fixture.tempDir();
      await mkdir(path.dirname(path.join(site, foreign)), { recursive: true });
      await writeFile(path.join(site, foreign), 'someone else’s file');
      const before = await snapshotFolder(site);
      await expect(publishToFolder(store, id, site)).rejects.toMatchObject({
        code: 'conflict',
        message: expect.stringContaining(foreign.split('/')[0] ?? ''),
      });
      expect(await snapshotFolder(site)).toEqual(before);
    }
    // A file where the folder should be.
    const file = path.join(await fixture.tempDir(), 'not-a-folder');
    await writeFile(file, 'text');
    await expect(publishToFolder(store, id, file)).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('leaves a damaged or newer site record alone', async () => {
    const { store, ids } = await libraryWith('Canal transit slots sell out', 'Reefer capacity tightens');
    const [first = '', second = ''] = ids;
    const site = await fixture.tempDir();
    await publishToFolder(store, first, site, { now: NOW });
    const manifestPath = path.join(site, '.briefdesk-site.json');
    const valid = await readSiteManifest(site);

    await writeFile(manifestPath, '{"format":"briefdesk-site","version":1,"pages":[{"slug":');
    let before = await snapshotFolder(site);
    await expect(publishToFolder(store, second, site)).rejects.toMatchObject({ code: 'damaged' });
    await expect(unpublishFromFolder(store, first, site)).rejects.toMatchObject({ code: 'damaged' });
    expect(await snapshotFolder(site)).toEqual(before);

    await writeFile(manifestPath, JSON.stringify({ ...valid, pages: 'none' }));
    await expect(publishToFolder(store, second, site)).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringContaining('pages'),
    });

    await writeFile(manifestPath, JSON.stringify({ format: 'briefdesk-site', version: 7, pages: [] }));
    before = await snapshotFolder(site);
    await expect(publishToFolder(store, second, site)).rejects.toMatchObject({ code: 'unsupported' });
    expect(await snapshotFolder(site)).toEqual(before);
  });

  it('says clearly what is wrong with a base URL, a brief in the Trash or an unknown brief', async () => {
    const { store, ids } = await libraryWith('Port congestion eases in the south', 'Feeder lines add capacity');
    const [id = '', trashed = ''] = ids;
    const site = await fixture.tempDir();
    for (const baseUrl of [
      'ftp://example.org/briefs/',
      'example.org/briefs',
      'https://example.org/briefs/?page=2',
      'https://editor:secret@example.org/',
    ]) {
      await expect(publishToFolder(store, id, site, { baseUrl })).rejects.toMatchObject({
        code: 'invalid_input',
        message: expect.stringContaining('site address'),
      });
    }
    await store.trash(trashed);
    await expect(publishToFolder(store, trashed, site)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringContaining('Trash'),
    });
    await expect(publishToFolder(store, 'no-such-brief-here', site)).rejects.toMatchObject({ code: 'not_found' });
    expect(await readdir(site)).toEqual([]);
  });

  it('never takes a name already in the folder and finishes a publish that was cut short', async () => {
    const { store, ids } = await libraryWith('Notes', 'Assets', 'Tanker fleet ages as orders lag');
    const [notes = '', assets = '', tanker = ''] = ids;
    const site = await fixture.tempDir();
    await mkdir(path.join(site, 'notes'));
    await writeFile(path.join(site, 'notes', 'todo.txt'), 'kept');
    expect((await publishToFolder(store, notes, site, { now: NOW })).slug).toBe('notes-2');
    expect((await publishToFolder(store, assets, site, { now: NOW })).slug).toBe('assets-2');

    // As a crash would leave it: a slug reserved for a first publish, its page half made, a temp file.
    const manifest = await readSiteManifest(site);
    if (manifest === null) throw new Error('No manifest');
    await writeFile(path.join(site, '.briefdesk-site.json'), JSON.stringify({ ...manifest, pending: ['tanker-fleet-ages-as-orders-lag'] }));
    await mkdir(path.join(site, 'tanker-fleet-ages-as-orders-lag'));
    await writeFile(path.join(site, 'tanker-fleet-ages-as-orders-lag', 'index.html'), '<!doctype html><p>half');
    await writeFile(path.join(site, '.feed.xml.0123456789ab.tmp'), 'half');

    const again = await publishToFolder(store, tanker, site, { now: NOW });
    expect(again.slug).toBe('tanker-fleet-ages-as-orders-lag');
    expect(await readFile(again.pagePath, 'utf8')).toContain('Tanker fleet ages as orders lag');
    expect((await readdir(site)).sort()).toEqual(
      ['.briefdesk-site.json', 'assets-2', 'feed.xml', 'index.html', 'notes', 'notes-2', 'tanker-fleet-ages-as-orders-lag'].sort(),
    );
    expect(await readFile(path.join(site, 'notes', 'todo.txt'), 'utf8')).toBe('kept');
    expect((await readSiteManifest(site))?.pending).toEqual([]);

    // An unpublish cut short after the record forgot the page: the next change removes the page.
    const current = await readSiteManifest(site);
    if (current === null) throw new Error('No manifest');
    await writeFile(
      path.join(site, '.briefdesk-site.json'),
      JSON.stringify({ ...current, pages: current.pages.filter((page) => page.slug !== 'notes-2'), pending: ['notes-2'] }),
    );
    await publishToFolder(store, tanker, site, { now: NOW });
    expect(existsSync(path.join(site, 'notes-2'))).toBe(false);
    expect(existsSync(path.join(site, 'notes', 'todo.txt'))).toBe(true);
  });

  it('publishes from a read-only library without recording a revision', async () => {
    const dir = await fixture.tempDir();
    const writer = await fixture.open(dir);
    const { id } = await writer.createFrom(briefContent({ headline: 'Shipyard order books lengthen' }));
    await fixture.close(writer);
    const reader = await fixture.open(dir, { readOnly: true });
    const site = await fixture.tempDir();
    const result = await publishToFolder(reader, id, site, { now: NOW });
    expect(result).toMatchObject({ revisionId: null, firstPublish: true });
    expect(await readFile(result.pagePath, 'utf8')).toContain('Shipyard order books lengthen');
  });
});
