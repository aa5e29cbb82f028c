import { escapeUTF8 } from 'entities';
import { isAllowedLinkHref } from '../editor/link-policy';
import { jsonForScript } from './brief-json-ld';
import { PAGE_HEADER_CSS, PAGE_PRINT_THEME_CSS, PAGE_THEME_CSS } from './brief-page-css';
import { safeLanguageTag, textDirection } from './text-direction';

/** One exported brief as the index page lists it. */
export interface ExportIndexEntry {
  /** Where the brief's page is, relative to the index (`grid-reform-stalls.html`), or an http(s) address. */
  href: string;
  headline: string;
  standfirst?: string;
  /** The section, shown as the kicker above the headline. */
  section?: string;
  byline?: string;
  /** ISO 8601 date of the brief (its last update). */
  date?: string;
  /** The brief's language (BCP 47), when it differs from the index page's. */
  lang?: string;
  /** Its direction; from `lang` when left out. */
  dir?: 'ltr' | 'rtl';
}

/** What renderExportIndexHtml needs. */
export interface ExportIndexOptions {
  /** The page title and heading, e.g. "Briefs". */
  title: string;
  /** Name and version of the program, for `<meta name="generator">` and the colophon. @default 'Briefdesk' */
  generator?: string;
  /** The page's language (BCP 47). @default 'en' */
  lang?: string;
  /** The briefs, in the order to list them. */
  entries: ExportIndexEntry[];
  /** A feed of the same briefs, announced in the head (`<link rel="alternate">`) for feed readers. */
  feed?: { href: string; title: string; type: 'application/atom+xml' };
  /** The colophon's sentence, or false for no colophon (the analyst's setting). @default 'Exported from <generator>.' */
  colophon?: string | false;
}

const esc = escapeUTF8;

/** Content-Security-Policy of the index page: no scripts, no images, no requests at all. */
const INDEX_CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** The index page's own rules, on top of the brief page's theme and header. */
const INDEX_CSS = `
a { color: var(--accent); text-decoration-thickness: 1px; text-underline-offset: .18em; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; border-radius: 2px; }
.index-header { margin-block-end: 2.5rem; }
.index-count { margin: .75rem 0 0; font: .875rem/1.5 var(--sans); color: var(--muted); }
.index-list { list-style: none; margin: 0; padding: 0; }
.index-list > li { padding-block: 1.75rem; border-block-start: 1px solid var(--rule); }
.index-list > li:first-child { padding-block-start: 0; border-block-start: 0; }
.index-list .kicker { margin-block-end: .6rem; overflow-wrap: anywhere; }
.index-list h2 { margin: 0; font: 700 clamp(1.375rem, 1.1rem + 1.2vw, 1.875rem)/1.2 var(--serif); text-wrap: balance; }
.index-list h2 a { color: var(--ink); text-decoration: none; }
.index-list h2 a:hover, .index-list h2 a:focus-visible { color: var(--accent); text-decoration: underline; }
.index-list .standfirst { margin-block-start: .6rem; font-size: 1.0625rem; }
.index-list .byline { margin-block-start: .75rem; padding-block: 0; border-block: 0; }
.index-list .byline > * { min-inline-size: 0; overflow-wrap: anywhere; }
.empty { font: 1rem/1.5 var(--sans); color: var(--muted); }
.colophon { max-width: 44rem; margin: 0 auto; padding: 1.5rem clamp(1rem, 5vw, 2rem) 3rem; font: .8125rem/1.5 var(--sans); color: var(--muted); }
[dir="rtl"] .kicker, :lang(zh) .kicker, :lang(ja) .kicker { letter-spacing: 0; text-transform: none; }
@media print {
${PAGE_PRINT_THEME_CSS}  .index-list > li { break-inside: avoid; }
  a, .index-list h2 a { color: inherit; }
}
`;

/** The page's stylesheet: the brief page's theme and header pieces, then the list. */
export const EXPORT_INDEX_CSS = `${PAGE_THEME_CSS}${PAGE_HEADER_CSS}${INDEX_CSS}`;

/**
 * A link target the index may carry, as a valid URL: a relative path (no
 * scheme, not `//host`) with characters a URL cannot hold percent-encoded,
 * or an http(s)/mailto URL; null for anything else.
 */
function safeHref(href: string): string | null {
  const trimmed = href.trim();
  if (!trimmed) return null;
  if (isAllowedLinkHref(trimmed)) return new URL(trimmed).href;
  if (/^[a-z][a-z0-9+.-]*:|^[\\/]{2}/i.test(trimmed)) return null;
  return trimmed
    .replace(/[^A-Za-z0-9\-._~/?#@!$&'()*+,;=%]/gu, (character) => encodeURIComponent(character))
    .replace(/%(?![0-9A-Fa-f]{2})/g, '%25');
}

/** `date` as a valid ISO instant and a long date in `language`, or null when it is not a date. */
function formatDate(date: string | undefined, language: string): { iso: string; text: string } | null {
  if (!date) return null;
  const parsed = new Date(date);
  if (Number.isNaN(parsed.getTime())) return null;
  const format = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(parsed);
  let text: string;
  try {
    text = format(language);
  } catch {
    text = format('en');
  }
  return { iso: parsed.toISOString(), text };
}

/** Attributes marking English labels on a page in another language (as the brief page does). */
function englishLabel(language: string): string {
  if (language.toLowerCase().split('-')[0] === 'en') return '';
  return textDirection(language) === 'rtl' ? ' lang="en" dir="ltr"' : ' lang="en"';
}

function entryItem(entry: ExportIndexEntry, pageLanguage: string, pageDir: 'ltr' | 'rtl'): string {
  const language = entry.lang === undefined ? pageLanguage : safeLanguageTag(entry.lang);
  const dir = entry.dir ?? (entry.lang === undefined ? pageDir : textDirection(language));
  const attributes = `${language === pageLanguage ? '' : ` lang="${esc(language)}"`}${dir === pageDir ? '' : ` dir="${dir}"`}`;
  const headline = esc(entry.headline.trim() || 'Untitled brief');
  const href = safeHref(entry.href);
  const section = entry.section?.trim() ?? '';
  const standfirst = entry.standfirst?.trim() ?? '';
  const byline = entry.byline?.trim() ?? '';
  const date = formatDate(entry.date, language);
  const meta = [
    byline ? `<span class="author">${esc(byline)}</span>` : '',
    date ? `<time datetime="${esc(date.iso)}">${esc(date.text)}</time>` : '',
  ].filter(Boolean);
  return [
    `<li${attributes}><article>`,
    section ? `<p class="kicker">${esc(section)}</p>` : '',
    `<h2>${href === null ? headline : `<a href="${esc(href)}">${headline}</a>`}</h2>`,
    standfirst ? `<p class="standfirst">${esc(standfirst)}</p>` : '',
    meta.length > 0 ? `<p class="byline">${meta.join(' ')}</p>` : '',
    '</article></li>',
  ].join('');
}

/**
 * The index page of a folder of exported briefs: a standalone HTML5 page
 * in the brief page's look (same theme, header, dark and print styles,
 * inline CSS) listing each entry — kicker, headline linked to its page,
 * standfirst, byline and date — with `lang`/`dir` on entries whose language
 * differs from the page's, a schema.org ItemList in JSON-LD, and a
 * Content-Security-Policy that allows no script and no request; optionally
 * a feed link in the head and another colophon sentence. Every value
 * is escaped; links other than relative paths and http(s)/mailto addresses
 * are dropped (the headline stays, unlinked). Pure: no Node, no DOM.
 */
export function renderExportIndexHtml(options: ExportIndexOptions): string {
  const language = safeLanguageTag(options.lang ?? 'en');
  const dir = textDirection(language);
  const label = englishLabel(language);
  const generator = options.generator ?? 'Briefdesk';
  const title = options.title.trim() || 'Briefs';
  const count = options.entries.length;
  const feedHref = options.feed === undefined ? null : safeHref(options.feed.href);
  const feedLink =
    options.feed === undefined || feedHref === null
      ? ''
      : `<link rel="alternate" type="${esc(options.feed.type)}" title="${esc(options.feed.title.trim() || title)}" href="${esc(feedHref)}">`;
  const colophon = options.colophon === false ? null : options.colophon?.trim() || `Exported from ${generator}.`;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    name: title,
    numberOfItems: count,
    itemListElement: options.entries.map((entry, index) => {
      const href = safeHref(entry.href);
      return { '@type': 'ListItem', position: index + 1, name: entry.headline, ...(href === null ? {} : { url: href }) };
    }),
  };
  const list =
    count > 0
      ? `<ul class="index-list">${options.entries.map((entry) => entryItem(entry, language, dir)).join('\n')}</ul>`
      : `<p class="empty"${label}>No briefs.</p>`;
  return [
    '<!doctype html>',
    `<html lang="${esc(language)}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(INDEX_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${esc(title)}</title>`,
    `<meta name="generator" content="${esc(generator)}">`,
    ...(feedLink ? [feedLink] : []),
    `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
    `<style>${EXPORT_INDEX_CSS}</style>`,
    '</head>',
    '<body>',
    '<main class="page">',
    '<header class="index-header">',
    `<h1>${esc(title)}</h1>`,
    `<p class="index-count"${label}>${count === 1 ? '1 brief' : `${count} briefs`}</p>`,
    '</header>',
    list,
    '</main>',
    ...(colophon === null ? [] : [`<footer class="colophon"><p${label}>${esc(colophon)}</p></footer>`]),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
