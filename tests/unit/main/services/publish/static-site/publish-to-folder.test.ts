import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../../../../main/services/library/library-store';
import { publishToFolder, type StaticPublishResult, unpublishFromFolder } from '../../../../../../main/services/publish/static-site';
import { createFixtureLibrary } from '../../../../../fixtures/briefs/fixture-library';
import { atomEntries, briefContent, childText, indexLinks, parseHtml, readSite, sitemapLocs, withoutImages } from './site-fixtures';
import { TINY_PNG } from '../../../../support/store-fixtures';
import { nuHtmlErrors, requireJava } from '../../../../support/nu-html-checker';

const BASE = 'https://briefs.example.org/harbour/';
const at = (minute: number) => new Date(Date.UTC(2025, 5, 2, 8, minute));

describe('publishing briefs to a static site folder', () => {
  let dataDir: string;
  let siteDir: string;
  let store: LibraryStore;
  let ids: Record<string, string>;
  let ownId: string;
  let chartAsset: string;
  let harbourAsset: string;
  const published = new Map<string, StaticPublishResult>();

  const id = (name: string): string => {
    const found = name === 'own' ? ownId : ids[name];
    if (found === undefined) throw new Error(`No brief ${name}`);
    return found;
  };
  const result = (name: string): StaticPublishResult => {
    const found = published.get(name);
    if (!found) throw new Error(`${name} was not published`);
    return found;
  };
  const publish = async (name: string, minute: number, options: { baseUrl?: string; title?: string } = {}) => {
    const done = await publishToFolder(store, id(name), siteDir, { generator: 'Briefdesk test', now: at(minute), ...options });
    published.set(name, done);
    return done;
  };
  const assetsOnDisk = async () => (await readdir(path.join(siteDir, 'assets'))).sort();
  const pageDoc = async (name: string) => parseHtml(await readFile(result(name).pagePath, 'utf8'));

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-static-lib-'));
    siteDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'briefdesk-static-site-')), 'site');
    ({ store, ids } = await createFixtureLibrary(dataDir));
    const full = await store.get(id('full'));
    harbourAsset = full.hero?.asset ?? '';
    chartAsset = JSON.stringify(full.body).match(/asset:([a-f0-9]{64}\.png)/)?.[1] ?? '';
    // A brief of our own whose hero is the chart the full fixture also shows in its body.
    const own = await store.createFrom(
      briefContent({
        headline: 'Container rates slide as new tonnage arrives',
        hero: { asset: chartAsset, alt: 'Bar chart of weekly port throughput', caption: 'Throughput by week.', credit: 'Desk chart' },
      }),
    );
    ownId = own.id;
  });

  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(path.dirname(siteDir), { recursive: true, force: true });
  });

  it('publishes two briefs as <slug>/index.html pages with their images copied once into assets/', async () => {
    const full = await publish('full', 1, { baseUrl: 'https://briefs.example.org/harbour', title: 'Harbour Desk' });
    const arabic = await publish('rtl-arabic', 2);

    expect(full).toMatchObject({ firstPublish: true, changed: true, sitemap: true, url: `${BASE}${full.slug}/` });
    expect(full.slug).toBe('green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028');
    expect(full.pagePath).toBe(path.join(siteDir, full.slug, 'index.html'));
    expect(arabic.firstPublish).toBe(true);
    expect(full.assetsCopied.sort()).toEqual([chartAsset, harbourAsset].sort());
    expect(await assetsOnDisk()).toEqual([chartAsset, harbourAsset].sort());
    // Only the site's files: no page outside its folder, no stray temp files.
    expect((await readdir(siteDir)).sort()).toEqual(
      ['.briefdesk-site.json', 'assets', arabic.slug, full.slug, 'feed.xml', 'index.html', 'sitemap.xml'].sort(),
    );

    const page = await pageDoc('full');
    const sources = [...page.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(sources).toEqual([`../assets/${harbourAsset}`, `../assets/${chartAsset}`]);
    expect(page.querySelectorAll('.key-takeaways .key-takeaways-list > li').length).toBeGreaterThan(0);
    expect(page.querySelector('.editors-desk .editors-desk-title')).not.toBeNull();
    expect(page.querySelector('article h1')?.textContent).toBe((await store.get(id('full'))).headline);

    const { manifest } = await readSite(siteDir);
    expect(manifest).toMatchObject({ title: 'Harbour Desk', baseUrl: BASE });
    const record = manifest.pages.find((entry) => entry.briefId === id('full'));
    const bytes = await readFile(full.pagePath);
    expect(record).toMatchObject({
      slug: full.slug,
      contentHash: createHash('sha256').update(bytes).digest('hex'),
      publishedAt: at(1).toISOString(),
    });
    expect(record?.assets.sort()).toEqual([chartAsset, harbourAsset].sort());

    // Publishing records a 'publish' revision of the brief.
    const revisions = await store.revisions.list(id('full'));
    expect(revisions.find((revision) => revision.id === full.revisionId)?.kind).toBe('publish');
  });

  it('lists both briefs on the index, newest first, with the feed announced', async () => {
    const { index } = await readSite(siteDir);
    const arabic = await store.get(id('rtl-arabic'));
    const full = await store.get(id('full'));
    expect(indexLinks(index)).toEqual([
      { href: `${result('rtl-arabic').slug}/`, text: arabic.headline },
      { href: `${result('full').slug}/`, text: full.headline },
    ]);
    expect(index.title).toBe('Harbour Desk');
    expect(index.querySelector('li[lang="ar"][dir="rtl"]')).not.toBeNull();
    expect(index.querySelector('link[rel="alternate"]')?.getAttribute('href')).toBe('feed.xml');
    expect(index.querySelector('link[rel="alternate"]')?.getAttribute('type')).toBe('application/atom+xml');
  });

  it('writes a well-formed Atom feed with one entry per page', async () => {
    const { feed, manifest } = await readSite(siteDir);
    const root = feed.documentElement;
    expect(root.localName).toBe('feed');
    expect(root.namespaceURI).toBe('http://www.w3.org/2005/Atom');
    expect(childText(root, 'id')).toBe(`urn:uuid:${manifest.id}`);
    expect(childText(root, 'title')).toBe('Harbour Desk');
    expect(childText(root, 'updated')).toBe(at(2).toISOString());
    const self = [...root.children].find((child) => child.localName === 'link' && child.getAttribute('rel') === 'self');
    expect(self?.getAttribute('href')).toBe(`${BASE}feed.xml`);

    const full = await store.get(id('full'));
    const entries = atomEntries(feed);
    expect(entries.map((entry) => entry.link)).toEqual([result('rtl-arabic').url, result('full').url]);
    const record = manifest.pages.find((page) => page.briefId === id('full'));
    expect(entries[1]).toEqual({
      id: `urn:uuid:${record?.entryId}`,
      title: full.headline,
      link: `${BASE}${result('full').slug}/`,
      published: at(1).toISOString(),
      updated: at(1).toISOString(),
      summary: full.standfirst,
      author: full.byline,
      categories: full.tags,
      lang: 'en-GB',
    });
    expect(entries[0]?.lang).toBe('ar');
  });

  it('writes a sitemap with the index and each page at its absolute address', async () => {
    const { sitemap } = await readSite(siteDir);
    expect(sitemap?.documentElement.namespaceURI).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    expect(sitemap?.documentElement.localName).toBe('urlset');
    expect(sitemapLocs(sitemap as Document)).toEqual([BASE, result('rtl-arabic').url, result('full').url]);
    const lastmods = [...(sitemap as Document).getElementsByTagName('lastmod')].map((element) => element.textContent);
    expect(lastmods).toEqual([at(2).toISOString(), at(2).toISOString(), at(1).toISOString()]);
  });

  it('republishing unchanged content changes neither the page nor the feed', async () => {
    const before = await readSite(siteDir);
    const again = await publish('full', 3);
    expect(again).toMatchObject({
      firstPublish: false,
      changed: false,
      updatedAt: at(1).toISOString(),
      assetsCopied: [],
      assetsRemoved: [],
    });
    const after = await readSite(siteDir);
    expect(after.feedXml).toBe(before.feedXml);
    expect(after.sitemapXml).toBe(before.sitemapXml);
  });

  it('republishing after an edit replaces the page, keeps its address and moves it up the feed', async () => {
    await publish('own', 4);
    const brief = await store.get(id('full'));
    const headline = 'Northern ports settle on one shared shore-power tender';
    await store.save(id('full'), { ...brief, headline, body: { type: 'doc', content: withoutImages(brief.body.content ?? []) } });

    const before = await readSite(siteDir);
    const entryBefore = atomEntries(before.feed).find((entry) => entry.link === result('full').url);
    const again = await publish('full', 5);
    expect(again).toMatchObject({
      firstPublish: false,
      changed: true,
      slug: 'green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028',
    });
    // One folder per page: the slug is kept, nothing new was made beside it.
    expect((await readdir(siteDir)).filter((name) => name.startsWith('green-corridor'))).toEqual([again.slug]);
    const page = await pageDoc('full');
    expect(page.querySelector('article h1')?.textContent).toBe(headline);
    expect(page.querySelectorAll('.brief-body img')).toHaveLength(0);

    // The chart left the page but the other brief's hero still uses it.
    expect(again.assetsRemoved).toEqual([]);
    expect(await assetsOnDisk()).toEqual([chartAsset, harbourAsset].sort());

    const after = await readSite(siteDir);
    const entries = atomEntries(after.feed);
    expect(entries[0]).toMatchObject({
      id: entryBefore?.id,
      title: headline,
      published: at(1).toISOString(),
      updated: at(5).toISOString(),
    });
    expect(entryBefore?.updated).toBe(at(1).toISOString());
    expect(childText(after.feed.documentElement, 'updated')).toBe(at(5).toISOString());
    expect(indexLinks(after.index).map((link) => link.href)).toEqual([
      `${again.slug}/`,
      `${result('own').slug}/`,
      `${result('rtl-arabic').slug}/`,
    ]);
  });

  it('removes an image from assets/ once no page uses it', async () => {
    const tiny = (await store.addImage('dot.png', TINY_PNG)).id;
    const own = await store.get(ownId);
    await store.save(ownId, { ...own, hero: { asset: tiny, alt: 'A single dot', caption: '', credit: '' } });
    const again = await publish('own', 6);
    expect(again.assetsCopied).toEqual([tiny]);
    expect(again.assetsRemoved).toEqual([chartAsset]);
    expect(await assetsOnDisk()).toEqual([harbourAsset, tiny].sort());
  });

  it('links related briefs that are on the site to their pages', async () => {
    const unicode = await publish('unicode', 7);
    expect(unicode.slug).toBe(`brief-${id('unicode').slice(0, 8).toLowerCase()}`);
    await publish('full', 8);
    const related = (await pageDoc('full')).querySelector(`li[data-brief-id="${id('unicode')}"] a`);
    expect(related?.getAttribute('href')).toBe(`../${unicode.slug}/`);
    expect(existsSync(path.join(siteDir, unicode.slug, 'index.html'))).toBe(true);
  });

  it('unpublishing removes the page and its entries from the index, feed and sitemap', async () => {
    const arabic = result('rtl-arabic');
    const gone = await unpublishFromFolder(undefined, id('rtl-arabic'), siteDir, { now: at(9) });
    expect(gone).toEqual({ briefId: id('rtl-arabic'), removed: true, slug: arabic.slug, assetsRemoved: [] });
    expect(existsSync(path.join(siteDir, arabic.slug))).toBe(false);

    const site = await readSite(siteDir);
    expect(site.manifest.pages.map((page) => page.briefId)).not.toContain(id('rtl-arabic'));
    expect(site.manifest.pending).toEqual([]);
    expect(indexLinks(site.index).map((link) => link.href)).not.toContain(`${arabic.slug}/`);
    expect(site.indexHtml).not.toContain(arabic.slug);
    expect(atomEntries(site.feed).map((entry) => entry.link)).toEqual([result('full').url, result('unicode').url, result('own').url]);
    expect(childText(site.feed.documentElement, 'updated')).toBe(at(9).toISOString());
    expect(sitemapLocs(site.sitemap as Document)).toEqual([BASE, result('full').url, result('unicode').url, result('own').url]);

    // Unpublishing the full brief also removes the image only it used; twice is harmless.
    const full = await unpublishFromFolder(store, id('full'), siteDir, { now: at(10) });
    expect(full.assetsRemoved).toEqual([harbourAsset]);
    expect(await unpublishFromFolder(store, id('full'), siteDir)).toEqual({
      briefId: id('full'),
      removed: false,
      slug: null,
      assetsRemoved: [],
    });
    await publish('full', 11);
    expect(result('full').firstPublish).toBe(true);
  });

  it('pages and index pass the Nu HTML Checker with zero errors', { timeout: 60_000 }, async (context) => {
    requireJava(context);
    await publish('hostile', 12);
    const { manifest } = await readSite(siteDir);
    const files = [path.join(siteDir, 'index.html'), ...manifest.pages.map((page) => path.join(siteDir, page.slug, 'index.html'))];
    expect(files).toHaveLength(5);
    expect(await nuHtmlErrors(files)).toEqual([]);
  });
});
