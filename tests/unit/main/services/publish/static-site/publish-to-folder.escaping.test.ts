import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LibraryStore } from '../../../../../../main/services/library/library-store';
import { publishToFolder, type StaticPublishResult } from '../../../../../../main/services/publish/static-site';
import type { Brief } from '../../../../../../shared/model/brief';
import { createFixtureLibrary } from '../../../../../fixtures/briefs/fixture-library';
import { hostileMarkupIn } from '../../../../support/hostile-markup';
import { ATOM, atomEntries, briefContent, indexLinks, paragraph, parseHtml, readSite, type SiteOnDisk, sitemapLocs } from './site-fixtures';

/** A base URL with characters that need escaping in XML (the URL parser percent-encodes `"`, `<` and `>`). */
const BASE = `https://example.org/a&b'c"<d>/`;
const BASE_NORMALISED = "https://example.org/a&b'c%22%3Cd%3E/";
const ATOM_ELEMENTS = new Set([
  'feed',
  'id',
  'title',
  'updated',
  'author',
  'name',
  'link',
  'generator',
  'entry',
  'published',
  'summary',
  'category',
]);

describe('a static site keeps hostile and non-Latin text intact and inert', () => {
  let dataDir: string;
  let siteDir: string;
  let store: LibraryStore;
  const briefs = new Map<string, Brief>();
  const results = new Map<string, StaticPublishResult>();
  let site: SiteOnDisk;

  const brief = (name: string): Brief => {
    const found = briefs.get(name);
    if (!found) throw new Error(`No brief ${name}`);
    return found;
  };
  const result = (name: string): StaticPublishResult => {
    const found = results.get(name);
    if (!found) throw new Error(`${name} was not published`);
    return found;
  };
  const entryOf = (name: string) => atomEntries(site.feed).find((entry) => entry.link === result(name).url);
  const page = async (name: string) => {
    const html = await readFile(result(name).pagePath, 'utf8');
    return { html, document: parseHtml(html) };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-static-esc-lib-'));
    siteDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-static-esc-site-'));
    const library = await createFixtureLibrary(dataDir);
    store = library.store;
    for (const name of ['hostile', 'rtl-arabic', 'unicode']) briefs.set(name, await store.get(library.ids[name] ?? ''));
    briefs.set(
      'hebrew',
      await store.createFrom(
        briefContent(
          {
            headline: 'נמלי הצפון מאחדים מכרז חשמל משותף',
            standfirst: 'שלושה נמלים יפרסמו מכרז אחד לחיבור רציפים לרשת החשמל.',
            byline: 'מאת נועה בר',
            section: 'ספנות',
            tags: ['נמלים', 'אנרגיה'],
            language: 'he',
          },
          [paragraph('הרשות צופה חיסכון בעלויות החיבור.')],
        ),
      ),
    );
    // Characters XML 1.0 cannot hold at all, between ordinary words.
    briefs.set(
      'controls',
      await store.createFrom(
        briefContent({
          headline: 'Tariff\u0001 talks\u0008 resume\uFFFE',
          standfirst: 'Both sides\u000B met again.',
          tags: ['trade\u001F'],
        }),
      ),
    );
    let minute = 0;
    for (const name of briefs.keys()) {
      minute += 1;
      results.set(
        name,
        await publishToFolder(store, brief(name).id, siteDir, {
          baseUrl: BASE,
          title: '<b>Desk</b> & "Co"',
          now: new Date(Date.UTC(2025, 6, 1, 9, minute)),
        }),
      );
    }
    site = await readSite(siteDir);
  });

  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(siteDir, { recursive: true, force: true });
  });

  it('escapes a hostile brief on its page: the markup shows as text and nothing can run', async () => {
    const hostile = brief('hostile');
    const { html, document } = await page('hostile');
    expect(document.querySelector('article h1')?.textContent).toBe(hostile.headline);
    expect(document.title).toBe(hostile.headline);
    const findings = hostileMarkupIn(document, html).filter((finding) => !/^img\[src=\.\.\/assets\/[a-f0-9]+\]$/.test(finding));
    expect(findings).toEqual([]);
    const sources = [...document.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(sources.length).toBeGreaterThan(0);
    for (const src of sources) expect(src).toMatch(/^\.\.\/assets\/[a-f0-9]{64}\.(jpg|png)$/);
  });

  it('escapes the hostile brief and the site title on the index', () => {
    const hostile = brief('hostile');
    expect(site.index.title).toBe('<b>Desk</b> & "Co"');
    expect(indexLinks(site.index)).toContainEqual({ href: `${result('hostile').slug}/`, text: hostile.headline });
    const item = site.index.querySelector(`a[href="${result('hostile').slug}/"]`)?.closest('li');
    expect(item?.querySelector('.standfirst')?.textContent).toBe(hostile.standfirst.trim());
    expect(item?.querySelector('.author')?.textContent).toBe(hostile.byline.trim());
    // The one <link> is the feed's, which loads nothing.
    expect(hostileMarkupIn(site.index, site.indexHtml)).toEqual(['a <link>']);
    const links = [...site.index.querySelectorAll('link')];
    expect(links.map((link) => link.getAttributeNames())).toEqual([['rel', 'type', 'title', 'href']]);
    expect(links.map((link) => [link.rel, link.type, link.title, link.getAttribute('href')])).toEqual([
      ['alternate', 'application/atom+xml', '<b>Desk</b> & "Co"', 'feed.xml'],
    ]);
    expect(site.index.querySelectorAll('img, svg, b, a[href^="javascript"]')).toHaveLength(0);
  });

  it('escapes the hostile brief in the feed: text comes back exactly, no element is injected', () => {
    const hostile = brief('hostile');
    expect(entryOf('hostile')).toMatchObject({
      title: hostile.headline,
      summary: hostile.standfirst.trim(),
      author: hostile.byline.trim(),
      categories: hostile.tags,
    });
    const elements = [...site.feed.getElementsByTagName('*')];
    expect(elements.filter((element) => element.namespaceURI !== ATOM || !ATOM_ELEMENTS.has(element.localName))).toEqual([]);
    expect(site.feedXml).not.toMatch(/<(script|img|svg|b)[\s>/]/i);
    const title = [...site.feed.documentElement.children].find((child) => child.localName === 'title');
    expect(title?.textContent).toBe('<b>Desk</b> & "Co"');
  });

  it('escapes the site address in the feed and the sitemap', () => {
    const self = [...site.feed.documentElement.children].find(
      (child) => child.localName === 'link' && child.getAttribute('rel') === 'self',
    );
    expect(self?.getAttribute('href')).toBe(`${BASE_NORMALISED}feed.xml`);
    expect(result('hostile').url).toBe(`${BASE_NORMALISED}${result('hostile').slug}/`);
    expect(sitemapLocs(site.sitemap as Document)).toEqual([
      BASE_NORMALISED,
      ...[...results.keys()].reverse().map((name) => result(name).url),
    ]);
    expect(site.sitemapXml).toContain('a&amp;b');
    expect(site.sitemapXml).not.toMatch(/<(script|img|svg)[\s>/]/i);
  });

  it('keeps Arabic, Hebrew and Chinese text exactly, with language and direction', async () => {
    for (const name of ['rtl-arabic', 'hebrew', 'unicode']) {
      const source = brief(name);
      expect(entryOf(name)).toMatchObject({
        title: source.headline,
        summary: source.standfirst,
        author: source.byline,
        categories: source.tags,
        lang: source.language,
      });
      expect(indexLinks(site.index)).toContainEqual({ href: `${result(name).slug}/`, text: source.headline });
      const { document } = await page(name);
      expect(document.querySelector('article h1')?.textContent).toBe(source.headline);
      expect(document.documentElement.getAttribute('lang')).toBe(source.language);
    }
    expect(site.index.querySelector(`li[lang="he"][dir="rtl"] a[href="${result('hebrew').slug}/"]`)).not.toBeNull();
    expect(site.index.querySelector(`li[lang="zh"] a[href="${result('unicode').slug}/"]`)).not.toBeNull();
    // The emoji outside the Basic Multilingual Plane survive the XML serializer.
    expect(entryOf('unicode')?.title).toContain('🔌🌏');
    expect(site.feedXml).toContain('🔌🌏');
  });

  it('drops only the characters XML cannot hold, so the feed stays well-formed', () => {
    expect(entryOf('controls')).toMatchObject({ title: 'Tariff talks resume', summary: 'Both sides met again.', categories: ['trade'] });
    expect(indexLinks(site.index)).toContainEqual({ href: `${result('controls').slug}/`, text: 'Tariff\u0001 talks\u0008 resume\uFFFE' });
  });
});
