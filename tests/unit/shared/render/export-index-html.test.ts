import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGE_HEADER_CSS, PAGE_THEME_CSS } from '../../../../shared/render/brief-page-css';
import { type ExportIndexEntry, renderExportIndexHtml } from '../../../../shared/render/export-index-html';
import { hostileMarkupIn } from '../../support/hostile-markup';
import { nuHtmlErrors, requireJava } from '../../support/nu-html-checker';

const ENTRIES: ExportIndexEntry[] = [
  {
    href: 'tidal-power-auction-slips-to-autumn.html',
    headline: 'Tidal power auction slips to autumn as grid studies run late',
    standfirst: 'Developers say the delay costs them a construction season; the regulator says the studies cannot be rushed.',
    section: 'Energy',
    byline: 'By Ines Albrecht',
    date: '2025-05-30T14:20:00.000Z',
    lang: 'en',
  },
  {
    href: 'brief-01jnz5y3.html',
    headline: 'موانئ البحر الأحمر تعيد ترتيب خطوط الشحن',
    standfirst: 'شركات الشحن تعيد حساب المسارات والتكاليف.',
    section: 'تجارة',
    date: '2025-05-28T08:00:00.000Z',
    lang: 'ar',
  },
  { href: 'brief-7c1d2e3f.html', headline: '稀土配额调整：下游企业如何应对', lang: 'zh', date: '2025-05-27T00:00:00.000Z' },
  { href: 'https://example.org/briefs/water-rights', headline: 'Water rights, published elsewhere' },
];

/** Entries with markup, script URLs and bad values in every field. */
const HOSTILE: ExportIndexEntry[] = [
  {
    href: 'javascript:window.__pwned=1',
    headline: '</title><script>window.__pwned=1</script><img src=x onerror=window.__pwned=1> Hostile headline',
    standfirst: '"><svg/onload=window.__pwned=1> </style><script>window.__pwned=1</script>',
    section: '<script>window.__pwned=1</script>',
    byline: 'By <b onmouseover=window.__pwned=1>Mallory</b> & "Eve"',
    date: '"><script>window.__pwned=1</script>',
    lang: 'en" onload="window.__pwned=1',
  },
  { href: '//evil.example/steal', headline: 'Protocol-relative link' },
  { href: 'data:text/html,<script>window.__pwned=1</script>', headline: 'Data link' },
  { href: ' JaVaScRiPt:window.__pwned=1', headline: 'Mixed-case script link' },
  { href: 'ok.html" onmouseover="window.__pwned=1', headline: 'Quote in a relative link' },
  { href: '/\\evil.example/steal', headline: 'Backslash host' },
  { href: '\t/\t/evil.example/steal', headline: 'Tab between slashes' },
];

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

describe('renderExportIndexHtml', () => {
  const html = renderExportIndexHtml({ title: 'Briefs — May 2025', generator: 'Briefdesk 1.2.3', entries: ENTRIES });
  const document = parse(html);

  it('lists each brief with its kicker, linked headline, standfirst, byline and date', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en" dir="ltr">')).toBe(true);
    expect(document.title).toBe('Briefs — May 2025');
    expect(document.querySelector('main > header > h1')?.textContent).toBe('Briefs — May 2025');
    expect(document.querySelector('.index-count')?.textContent).toBe('4 briefs');
    const items = [...document.querySelectorAll('main > ul.index-list > li')];
    expect(items.map((li) => li.querySelector('h2 a')?.getAttribute('href'))).toEqual(ENTRIES.map((entry) => entry.href));
    expect(items.map((li) => li.querySelector('h2')?.textContent)).toEqual(ENTRIES.map((entry) => entry.headline));
    const first = items[0];
    expect(first?.querySelector('article > .kicker')?.textContent).toBe('Energy');
    expect(first?.querySelector('.standfirst')?.textContent).toMatch(/^Developers say the delay/);
    expect(first?.querySelector('.byline .author')?.textContent).toBe('By Ines Albrecht');
    expect(first?.querySelector('.byline time')?.getAttribute('datetime')).toBe('2025-05-30T14:20:00.000Z');
    expect(first?.querySelector('.byline time')?.textContent).toBe('May 30, 2025');
    // An entry without the optional fields has just its headline.
    expect(items[3]?.querySelector('.kicker, .standfirst, .byline')).toBeNull();
    expect(document.querySelector('meta[name="generator"]')?.getAttribute('content')).toBe('Briefdesk 1.2.3');
    expect(document.querySelector('footer.colophon')?.textContent).toBe('Exported from Briefdesk 1.2.3.');
  });

  it('marks lang and dir only on entries that differ from the page', () => {
    const items = [...document.querySelectorAll('.index-list > li')];
    expect(items.map((li) => [li.getAttribute('lang'), li.getAttribute('dir')])).toEqual([
      [null, null],
      ['ar', 'rtl'],
      ['zh', null],
      [null, null],
    ]);
    expect(items[1]?.querySelector('time')?.textContent).not.toBe('28 May 2025');
    const forced = parse(renderExportIndexHtml({ title: 'x', entries: [{ href: 'a.html', headline: 'A', dir: 'rtl' }] }));
    expect(forced.querySelector('li')?.getAttribute('dir')).toBe('rtl');
  });

  it('marks its English labels on a page in another language', () => {
    const arabic = parse(renderExportIndexHtml({ title: 'الموجز', lang: 'ar', entries: ENTRIES.slice(1, 2) }));
    expect(arabic.documentElement.getAttribute('dir')).toBe('rtl');
    expect(arabic.querySelector('.index-count')?.getAttribute('lang')).toBe('en');
    expect(arabic.querySelector('.index-count')?.getAttribute('dir')).toBe('ltr');
    expect(arabic.querySelector('.index-count')?.textContent).toBe('1 brief');
    expect(arabic.querySelector('.index-list > li')?.hasAttribute('lang')).toBe(false);
  });

  it('describes the list to machines as a schema.org ItemList', () => {
    const scripts = document.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      name: 'Briefs — May 2025',
      numberOfItems: 4,
      itemListElement: ENTRIES.map((entry, index) => ({ '@type': 'ListItem', position: index + 1, name: entry.headline, url: entry.href })),
    });
  });

  it('looks like the brief page: the same theme and header styles, inline, and no requests allowed', () => {
    const style = document.querySelector('head > style')?.textContent ?? '';
    expect(style).toContain(PAGE_THEME_CSS);
    expect(style).toContain(PAGE_HEADER_CSS);
    expect(style).toContain('@media print {');
    expect(document.querySelectorAll('link, img, iframe, base')).toHaveLength(0);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
  });

  it('says so when there is nothing to list', () => {
    const empty = parse(renderExportIndexHtml({ title: '  ', entries: [] }));
    expect(empty.title).toBe('Briefs');
    expect(empty.querySelector('.index-count')?.textContent).toBe('0 briefs');
    expect(empty.querySelector('main p.empty')?.textContent).toBe('No briefs.');
    expect(empty.querySelector('ul')).toBeNull();
  });

  it('escapes every field and drops links that could run or leave for another host', () => {
    const hostileHtml = renderExportIndexHtml({
      title: '</title><script>window.__pwned=1</script>',
      generator: '"><script>x</script>',
      entries: HOSTILE,
    });
    const hostile = parse(hostileHtml);
    expect(hostileMarkupIn(hostile, hostileHtml)).toEqual([]);
    expect(hostile.title).toBe('</title><script>window.__pwned=1</script>');
    const items = [...hostile.querySelectorAll('.index-list > li')];
    expect(items.map((li) => li.querySelector('h2')?.textContent)).toEqual(HOSTILE.map((entry) => entry.headline));
    const hrefs = items.map((li) => li.querySelector('h2 a')?.getAttribute('href') ?? null);
    expect(hrefs).toEqual([null, null, null, null, 'ok.html%22%20onmouseover=%22window.__pwned=1', null, '/%09/evil.example/steal']);
    // What is kept stays in the export folder: resolved from the index, it is still a local file.
    for (const href of hrefs) {
      if (href !== null) expect(new URL(href, 'file:///exports/index.html').protocol).toBe('file:');
    }
    const first = items[0];
    expect(first?.querySelector('.kicker')?.textContent).toBe('<script>window.__pwned=1</script>');
    expect(first?.querySelector('.standfirst')?.textContent).toBe(HOSTILE[0]?.standfirst);
    expect(first?.querySelector('.byline .author')?.textContent).toBe('By <b onmouseover=window.__pwned=1>Mallory</b> & "Eve"');
    // Not a date: left out. Not a language tag: `und`.
    expect(first?.querySelector('time')).toBeNull();
    expect(first?.getAttribute('lang')).toBe('und');
    expect(hostile.querySelector('meta[name="generator"]')?.getAttribute('content')).toBe('"><script>x</script>');
    const jsonLd: unknown = JSON.parse(hostile.querySelector('script')?.textContent ?? '');
    expect(jsonLd).toMatchObject({ itemListElement: HOSTILE.map((entry) => ({ name: entry.headline })) });
    expect(Reflect.get(Object(jsonLd), 'itemListElement').map((item: unknown) => Reflect.get(Object(item), 'url') ?? null)).toEqual(hrefs);
    expect(JSON.stringify(jsonLd)).not.toContain('javascript:');
  });
});

describe('index page validity', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefdesk-index-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('passes the Nu HTML Checker with zero errors', { timeout: 60_000 }, async (context) => {
    requireJava(context);
    const pages = {
      'index.html': renderExportIndexHtml({ title: 'Briefs', generator: 'Briefdesk 1.2.3', entries: ENTRIES }),
      'arabic.html': renderExportIndexHtml({ title: 'الموجز', lang: 'ar', entries: ENTRIES }),
      'hostile.html': renderExportIndexHtml({ title: '<b>Briefs</b>', entries: HOSTILE }),
      'empty.html': renderExportIndexHtml({ title: 'Nothing yet', entries: [] }),
    };
    const files: string[] = [];
    for (const [name, html] of Object.entries(pages)) {
      const file = path.join(dir, name);
      await writeFile(file, html);
      files.push(file);
    }
    expect(await nuHtmlErrors(files)).toEqual([]);
  });
});
