import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportBriefs, type WrittenExport } from '../../../../../main/services/export/export-briefs';
import { nodeBodyRenderer } from '../../../../../main/services/export/node-body-renderer';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import type { Brief } from '../../../../../shared/model/brief';
import { renderBriefHtml } from '../../../../../shared/render/render-brief-html';
import { createFixtureLibrary, FIXTURE_NAMES } from '../../../../fixtures/briefs/fixture-library';
import { hostileMarkupIn } from '../../../support/hostile-markup';
import { nuHtmlErrors, requireJava } from '../../../support/nu-html-checker';

const NOW = new Date('2025-06-02T08:00:00.000Z');

interface Page {
  written: WrittenExport;
  html: string;
  document: Document;
}

describe('HTML export of the fixture briefs', () => {
  let dataDir: string;
  let outDir: string;
  let store: LibraryStore;
  let ids: Record<string, string>;
  const pages = new Map<string, Page>();

  const page = (name: string): Page => {
    const found = pages.get(name);
    if (!found) throw new Error(`No export of ${name}`);
    return found;
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-lib-'));
    ({ store, ids } = await createFixtureLibrary(dataDir));
  });

  // Exported for each test, not once: what a test checks is then made within it (mutation testing counts only that).
  beforeEach(async () => {
    outDir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-export-out-'));
    const written = await exportBriefs(store, Object.values(ids), { format: 'html', outDir, generator: 'Briefdesk test', now: NOW });
    for (const [name, id] of Object.entries(ids)) {
      const entry = written.find((item) => item.id === id);
      if (!entry) throw new Error(`${name} was not exported`);
      const html = await readFile(entry.path, 'utf8');
      pages.set(name, { written: entry, html, document: new JSDOM(html).window.document });
    }
  });

  afterEach(async () => {
    await rm(outDir, { recursive: true, force: true });
  });

  afterAll(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exports every fixture to a page named from its headline', () => {
    expect([...pages.keys()].sort()).toEqual(FIXTURE_NAMES);
    expect(page('full').written.fileName).toBe('green-corridor-or-bottleneck-northern-ports-race-to-electrify-before-the-2028.html');
    // Nothing to transliterate in Chinese: the id stands in.
    expect(page('unicode').written.fileName).toBe(`brief-${ids.unicode?.slice(0, 8)}.html`);
  });

  it('lays out every part of a brief with semantic markup', () => {
    const { document, html } = page('full');
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB" dir="ltr">')).toBe(true);
    const q = (selector: string) => document.querySelector(selector);
    expect(q('head meta[charset="utf-8"]')).not.toBeNull();
    expect(q('meta[name="viewport"]')?.getAttribute('content')).toBe('width=device-width, initial-scale=1');
    expect(document.title).toBe('Green Corridor or Bottleneck: Northern Ports Race to Electrify Before the 2028 Deadline');
    expect(q('meta[name="description"]')?.getAttribute('content')).toMatch(/^Three North Sea ports/);
    expect(q('link[rel="canonical"]')).toBeNull();

    expect(q('main > article > header .kicker')?.textContent).toBe('Trade & Logistics');
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    expect(q('article > header > h1')?.textContent).toBe(document.title);
    expect(q('header .standfirst')?.textContent).toMatch(/^Three North Sea ports/);
    expect(q('header .byline .author')?.textContent).toBe('By Marit Solberg and Daniel Okafor');
    expect(q('header .byline time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);

    const hero = q('article > figure.hero');
    expect(hero?.querySelector('img')?.getAttribute('src')).toMatch(/^data:image\/jpeg;base64,\/9j\//);
    expect(hero?.querySelector('img')?.getAttribute('alt')).toMatch(/^Silhouetted container cranes/);
    expect(hero?.querySelector('img')?.getAttribute('width')).toBe('1200');
    expect(hero?.querySelector('figcaption .caption')?.textContent).toMatch(/^Container cranes at dusk/);
    expect(hero?.querySelector('figcaption .credit')?.textContent).toBe('Illustration: Briefdesk fixtures');

    const takeaways = document.querySelectorAll('.brief-body > section.key-takeaways > ol.key-takeaways-list > li');
    expect(takeaways).toHaveLength(5);
    expect(takeaways[0]?.querySelector('strong')?.textContent).toBe('shared green corridor');
    expect(takeaways[1]?.querySelector('em')?.textContent).toBe('four to six years');
    expect(takeaways[2]?.querySelector('a')?.getAttribute('href')).toBe('https://example.org/fueleu-maritime');
    expect(q('section.key-takeaways > h2')?.textContent).toBe('Key Takeaways');

    // The synced desk shows the desk library's block, not the brief's last known copy.
    const desk = q('.brief-body > aside.editors-desk');
    expect(desk?.querySelector('.editors-desk-badge')?.textContent).toBe("Editor's Desk");
    expect(desk?.querySelector('h2.editors-desk-title')?.textContent).toBe('Strategic Analysis');
    expect(desk?.querySelector('.editors-desk-body')?.textContent).toMatch(/^The corridor question is really a sequencing question/);
    expect(desk?.textContent).not.toContain('last known copy');
    expect([...(desk?.querySelectorAll('footer.editors-desk-signoff p') ?? [])].map((p) => p.textContent)).toEqual([
      'Harbourline Policy Desk',
      'Strategic Insight',
      'The Harbourline Brief',
    ]);
    expect(desk?.hasAttribute('data-library-ref')).toBe(false);

    const body = q('.brief-body');
    expect([...(body?.querySelectorAll(':scope > h2, :scope > h3') ?? [])].map((h) => `${h.tagName}:${h.textContent}`)).toEqual([
      'H2:Why the grid sets the pace',
      'H3:What has to happen first',
      'H2:The funding gap',
    ]);
    expect(body?.querySelectorAll(':scope > ol > li')).toHaveLength(3);
    expect(body?.querySelectorAll(':scope > ul > li')).toHaveLength(3);
    expect(body?.querySelector(':scope > blockquote')?.textContent).toMatch(/^We can build the quays/);
    const inline = body?.querySelector(':scope > img');
    expect(inline?.getAttribute('src')).toMatch(/^data:image\/png;base64,iVBOR/);
    expect(inline?.getAttribute('alt')).toMatch(/^Bar chart of container throughput/);
    expect(inline?.hasAttribute('data-asset')).toBe(false);
    const link = body?.querySelector('p a[href="https://example.org/connecting-europe-facility"]');
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link?.hasAttribute('target')).toBe(false);

    expect([...document.querySelectorAll('footer.brief-footer .tags li')].map((li) => li.textContent)).toEqual([
      'shipping',
      'energy transition',
      'ports',
      'EU policy',
    ]);
    const related = document.querySelectorAll('footer.brief-footer .related li a');
    expect(related[0]?.getAttribute('href')).toBe('https://example.org/analysis/shore-power-costs');
    // A related library brief exported alongside links to its page.
    expect(related[1]?.getAttribute('href')).toBe(page('unicode').written.fileName);
    expect(related[1]?.textContent).toBe('芯片出口管制“再升级”：供应链何去何从？ 🔌🌏');
    expect(q('body > footer.colophon')?.textContent).toBe('Exported from Briefdesk test on 2 June 2025.');
  });

  it('describes the brief to machines: OpenGraph, Twitter card and JSON-LD NewsArticle', () => {
    const { document } = page('full');
    const property = (name: string) => document.querySelector(`meta[property="${name}"]`)?.getAttribute('content');
    expect(property('og:type')).toBe('article');
    expect(property('og:title')).toBe(document.title);
    expect(property('og:description')).toMatch(/^Three North Sea ports/);
    expect(property('og:locale')).toBe('en_GB');
    expect(property('article:section')).toBe('Trade & Logistics');
    expect([...document.querySelectorAll('meta[property="article:tag"]')]).toHaveLength(4);
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary');
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.getAttribute('type')).toBe('application/ld+json');
    const jsonLd: unknown = JSON.parse(scripts[0]?.textContent ?? '');
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: document.title,
      description: expect.stringMatching(/^Three North Sea ports/),
      author: [{ '@type': 'Person', name: 'Marit Solberg and Daniel Okafor' }],
      publisher: { '@type': 'Organization', name: 'The Harbourline Brief' },
      keywords: ['shipping', 'energy transition', 'ports', 'EU policy'],
      datePublished: expect.stringMatching(/^\d{4}-/),
      dateModified: expect.stringMatching(/^\d{4}-/),
      inLanguage: 'en-GB',
    });
    // An embedded image is not repeated as a data: URL in the metadata.
    expect(jsonLd).not.toHaveProperty('image');
  });

  it('sets lang and dir="rtl" on an Arabic brief', () => {
    const { document, html } = page('rtl-arabic');
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(document.querySelector('h1')?.textContent).toBe('سدود المنبع ومخاوف المصب: مفاوضات تقاسم المياه تدخل مرحلة حاسمة');
    expect(document.querySelectorAll('.key-takeaways-list > li')).toHaveLength(3);
    expect(document.querySelector('.editors-desk-title')?.textContent).toBe('تحليل استراتيجي');
    expect(document.querySelector('.editors-desk-publication')?.textContent).toBe('نشرة الموجز');
  });

  it('keeps Chinese, emoji, curly quotes and non-breaking hyphens as they are', () => {
    const { document, html } = page('unicode');
    expect(html).toContain('<html lang="zh" dir="ltr">');
    expect(document.querySelector('h1')?.textContent).toBe('芯片出口管制“再升级”：供应链何去何从？ 🔌🌏');
    expect(document.querySelector('.kicker')?.textContent).toBe('科技 · Tech\u2011policy');
    expect(document.querySelector('.byline .author')?.textContent).toBe('By 王小明 & Zoë O’Brien');
    expect(document.querySelector('.key-takeaways-list > li:nth-child(3)')?.textContent).toBe(
      'Analysts’ view: “wait\u2011and\u2011see” — not panic 😌.',
    );
    expect(html).toContain('co\u2011operation, re\u2011export, T\u20111000');
    // Written as UTF-8 characters, not entities.
    expect(html).not.toMatch(/&#x?[0-9a-f]+;/i);
  });

  it('escapes and sanitizes hostile fields and body attributes: nothing executable is left', () => {
    const { document, html } = page('hostile');
    expect(hostileMarkupIn(document, html)).toEqual([]);
    // Markup typed into fields is shown as text, not dropped.
    expect(document.querySelector('h1')?.textContent).toBe(
      '</title><script>window.__pwned=1</script><img src=x onerror=window.__pwned=1> Hostile brief',
    );
    expect(document.title).toBe(document.querySelector('h1')?.textContent);
    expect(document.querySelector('.kicker')?.textContent).toBe('<script>window.__pwned=1</script>');
    expect(document.querySelector('.hero img')?.getAttribute('alt')).toBe('" onerror="window.__pwned=1');
    // Links that could run something lose their target; safe ones keep it, percent-encoded.
    const hrefs = [...document.querySelectorAll('.brief-body a')].flatMap((a) => a.getAttribute('href') ?? []);
    expect(hrefs).toEqual([
      'https://example.org/ok%22%20onmouseover=%22window.__pwned=1',
      'mailto:desk@example.org?subject=%22%3E%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
    ]);
    // The remote image is dropped (an exported page makes no request); the library image stays.
    const images = [...document.querySelectorAll('.brief-body img')];
    // DOMPurify drops an attribute holding a closing tag; the image keeps an (empty) alt.
    expect(images.map((img) => img.getAttribute('alt'))).toEqual(['']);
    expect(images[0]?.hasAttribute('width')).toBe(false);
    const jsonLd: unknown = JSON.parse(document.querySelector('script[type="application/ld+json"]')?.textContent ?? '');
    expect(jsonLd).toMatchObject({ headline: document.title });
  });

  it('passes the Nu HTML Checker with zero errors', { timeout: 60_000 }, async (context) => {
    requireJava(context);
    const files = [...pages.values()].map((entry) => entry.written.path);
    expect(files.length).toBeGreaterThan(3);
    expect(await nuHtmlErrors(files)).toEqual([]);
  });

  it('copies images into <name>-assets/ with --images folder and links them relatively', async () => {
    const folderOut = path.join(outDir, 'folder');
    const full = ids.full ?? '';
    const [written] = await exportBriefs(store, [full], { format: 'html', outDir: folderOut, images: 'folder', now: NOW });
    const stem = written?.fileName.replace(/\.html$/, '') ?? '';
    expect((await readdir(path.join(folderOut, `${stem}-assets`))).sort()).toEqual(
      written?.assets.map((asset) => path.basename(asset)).sort(),
    );
    const document = new JSDOM(await readFile(written?.path ?? '', 'utf8')).window.document;
    const sources = [...document.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(sources).toEqual([
      expect.stringMatching(new RegExp(`^${stem}-assets/[a-f0-9]{64}\\.jpg$`)),
      expect.stringMatching(new RegExp(`^${stem}-assets/[a-f0-9]{64}\\.png$`)),
    ]);
    const jsonLd: unknown = JSON.parse(document.querySelector('script')?.textContent ?? '');
    expect(jsonLd).toMatchObject({ image: [sources[0]] });

    // Exporting again never replaces the first export: the new files get a number.
    const [again] = await exportBriefs(store, [full], { format: 'html', outDir: folderOut, images: 'folder', now: NOW });
    expect(again?.fileName).toBe(`${stem}-2.html`);
    expect(existsSync(path.join(folderOut, `${stem}-2-assets`))).toBe(true);
  });

  it('writes a lossless JSON export with the images and desk blocks', async () => {
    const jsonOut = path.join(outDir, 'json');
    const full = ids.full ?? '';
    const [written] = await exportBriefs(store, [full], { format: 'json', outDir: jsonOut });
    const exported: unknown = JSON.parse(await readFile(written?.path ?? '', 'utf8'));
    const brief = await store.get(full);
    const hero = brief.hero?.asset ?? '';
    expect(exported).toMatchObject({ format: 'briefdesk-brief', version: 1, brief });
    expect(exported).toHaveProperty(['assets', hero], (await readFile(store.assetPath(hero) ?? '')).toString('base64'));
    const harbourline = store.deskLibrary.list().find((block) => block.name === 'Harbourline weekly note');
    expect(exported).toHaveProperty('deskBlocks', [harbourline]);
    expect(
      Object.keys(exported && typeof exported === 'object' && 'assets' in exported && exported.assets ? exported.assets : {}),
    ).toHaveLength(2);
  });

  it('refuses an unknown id before writing anything', async () => {
    const empty = path.join(outDir, 'never-made');
    await expect(exportBriefs(store, [ids.full ?? '', 'no-such-brief'], { format: 'html', outDir: empty })).rejects.toMatchObject({
      code: 'not_found',
      message: 'No brief with id no-such-brief',
    });
    expect(existsSync(empty)).toBe(false);
  });
});

describe('renderBriefHtml on raw briefs the store would refuse', () => {
  const raw: Brief = {
    schemaVersion: 1,
    id: 'raw-hostile-1',
    revision: 1,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-02T00:00:00.000Z',
    trashedAt: null,
    section: 'Raw',
    headline: 'Raw brief',
    standfirst: '',
    byline: '',
    tags: ['x'.repeat(200)],
    status: 'draft',
    language: 'en" onload="window.__pwned=1',
    hero: { asset: '../../../etc/passwd', alt: '', caption: '', credit: '' },
    related: [
      { kind: 'url', url: 'javascript:window.__pwned=1', title: 'js' },
      { kind: 'brief', id: '"><script>window.__pwned=1</script>' },
    ],
    body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Body.' }] }] },
  };

  it('escapes an invalid language tag, drops non-http related links and unknown assets', async () => {
    const html = renderBriefHtml(raw, {
      renderBody: await nodeBodyRenderer(),
      assetUrl: () => null,
      relatedBrief: (id) => ({ title: id, href: `${id}.html` }),
    });
    const document = new JSDOM(html).window.document;
    expect(html).toContain('<html lang="und" dir="ltr">');
    expect(hostileMarkupIn(document, html)).toEqual([]);
    expect(document.querySelector('figure')).toBeNull();
    expect(document.querySelectorAll('.related li')).toHaveLength(1);
  });

  it('refuses a body that does not fit the schema', async () => {
    const body = { type: 'doc' as const, content: [{ type: 'script', content: [{ type: 'text', text: 'window.__pwned=1' }] }] };
    const renderBody = await nodeBodyRenderer();
    expect(() => renderBriefHtml({ ...raw, body }, { renderBody, assetUrl: () => null })).toThrow(/Unknown node type: script/);
  });
});
