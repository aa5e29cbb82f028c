import { escapeUTF8 } from 'entities';
import { assetIdFromSrc } from '../editor/nodes/brief-image';
import { EDITORS_DESK, resolveSyncedDesks } from '../editor/nodes/editors-desk';
import { isAllowedLinkHref } from '../editor/link-policy';
import type { BodyDoc, Brief, PmNodeJson } from '../model/brief';
import type { DeskBlockSource } from '../model/desk-block';
import { countWords, readingMinutes } from '../model/word-count';
import type { BodyHtmlRenderer } from './body-html-renderer';
import { BRIEF_PAGE_CSS } from './brief-page-css';
import { bodyFeatureCss } from './body-feature-css';
import { briefJsonLd, jsonForScript } from './brief-json-ld';
import { safeLanguageTag, textDirection } from './text-direction';

/** How a related library brief appears on the page. */
export interface RelatedBriefLink {
  title: string;
  /** Where the exported page of that brief is (relative), or null to show the title without a link. */
  href: string | null;
}

/** What `renderBriefHtml` needs besides the brief. */
export interface RenderBriefHtmlOptions {
  /** Body JSON → sanitized HTML through the body schema (`createBodyHtmlRenderer`). */
  renderBody: BodyHtmlRenderer;
  /** The URL an asset is shown from in the page (a data: URL or a relative path), or null when it is unavailable. */
  assetUrl: (assetId: string) => string | null;
  /** The pixel size of an asset, for width/height on the hero (avoids layout shift). */
  assetSize?: (assetId: string) => { width: number; height: number } | null;
  /** Desk-library blocks, to bring synced Editor's Desks up to date (`resolveSyncedDesks`); left out when they are up to date already. */
  deskBlocks?: (id: string) => DeskBlockSource | undefined;
  /** Title and link of a related library brief; unknown ones are left out. */
  relatedBrief?: (id: string) => RelatedBriefLink | undefined;
  /** Name and version of the program, for `<meta name="generator">` and the colophon. @default 'Briefdesk' */
  generator?: string;
  /** When the page is made, for the colophon. @default new Date() */
  now?: Date;
  /** The colophon line "Exported from … on …" under the page; publishing targets leave it out. @default true */
  colophon?: boolean;
}

const esc = escapeUTF8;

/** The last long value escaped by `escLong`, and its escaped form. */
let lastLong: { value: string; escaped: string } | undefined;

/**
 * `esc` for values that may be long and repeat from page to page — an
 * embedded image's data: URL, often the same on the pages of one export —
 * escaped once while they repeat.
 */
function escLong(value: string): string {
  if (value.length < 4096) return esc(value);
  if (lastLong?.value !== value) lastLong = { value, escaped: esc(value) };
  return lastLong.escaped;
}

/** Content-Security-Policy of an exported page: no scripts, no requests but its own images. */
const PAGE_CSP = "default-src 'none'; img-src data: 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Date formats by language, made once (making an Intl.DateTimeFormat costs far more than using one). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The long UTC date format of `language` (English when the language is not one Intl knows how to read). */
function dateFormat(language: string): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeZone: 'UTC' });
    }
    // Language tags come from briefs: keep the map small whatever they hold.
    if (dateFormats.size >= 64) dateFormats.clear();
    dateFormats.set(language, format);
  }
  return format;
}

function formatDate(iso: string, language: string): string {
  return dateFormat(language).format(new Date(iso));
}

/** The publication line of the first Editor's Desk in a body, if any. */
function firstDeskPublication(body: BodyDoc): string | null {
  const visit = (node: PmNodeJson): string | null => {
    const publication: unknown = node.attrs?.publication;
    if (node.type === EDITORS_DESK && typeof publication === 'string' && publication.trim()) return publication.trim();
    for (const child of node.content ?? []) {
      const found = visit(child);
      if (found) return found;
    }
    return null;
  };
  return visit(body);
}

function meta(attribute: 'name' | 'property', key: string, content: string): string {
  return content ? `<meta ${attribute}="${esc(key)}" content="${esc(content)}">` : '';
}

/**
 * Attributes for the page's own English labels ("min read", "Topics", …) on a
 * brief in another language: marked English (and left-to-right), so they are
 * pronounced and laid out as English.
 */
function labelAttributes(language: string): string {
  if (language.toLowerCase().split('-')[0] === 'en') return '';
  return textDirection(language) === 'rtl' ? ' lang="en" dir="ltr"' : ' lang="en"';
}

function heroFigure(brief: Brief, options: RenderBriefHtmlOptions): string {
  const hero = brief.hero;
  const src = hero ? options.assetUrl(hero.asset) : null;
  if (!hero || !src) return '';
  const size = options.assetSize?.(hero.asset) ?? null;
  const dimensions = size ? ` width="${size.width}" height="${size.height}"` : '';
  const caption = hero.caption.trim();
  const credit = hero.credit.trim();
  const figcaption =
    caption || credit
      ? `<figcaption>${caption ? `<span class="caption" dir="auto">${esc(caption)}</span>` : ''}${
          credit ? `<span class="credit" dir="auto">${esc(credit)}</span>` : ''
        }</figcaption>`
      : '';
  return `<figure class="hero"><img src="${escLong(src)}" alt="${esc(hero.alt.trim())}"${dimensions}>${figcaption}</figure>`;
}

function footerSections(brief: Brief, options: RenderBriefHtmlOptions, label: string): string {
  const sections: string[] = [];
  const tags = brief.tags.map((tag) => tag.trim()).filter(Boolean);
  if (tags.length > 0) {
    sections.push(
      `<section aria-labelledby="brief-tags"><h2 id="brief-tags"${label}>Topics</h2><ul class="tags">${tags
        .map((tag) => `<li>${esc(tag)}</li>`)
        .join('')}</ul></section>`,
    );
  }
  const related = brief.related.flatMap((ref): string[] => {
    if (ref.kind === 'url') {
      if (!/^https?:\/\//i.test(ref.url) || !isAllowedLinkHref(ref.url)) return [];
      const url = new URL(ref.url);
      const host = url.hostname.replace(/^www\./, '');
      const title = ref.title.trim() || host;
      return [`<li><a href="${esc(url.href)}" rel="noopener noreferrer">${esc(title)}</a><span class="source">${esc(host)}</span></li>`];
    }
    const link = options.relatedBrief?.(ref.id);
    if (!link) return [];
    const title = esc(link.title.trim() || 'Untitled brief');
    // A relative path to the other page (no scheme), or a web address.
    const href = link.href !== null && (isAllowedLinkHref(link.href) || !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link.href)) ? link.href : null;
    // data-brief-id lets an import of this page name the same library brief.
    const item = `<li data-brief-id="${esc(ref.id)}">`;
    return [href ? `${item}<a href="${esc(href)}">${title}</a></li>` : `${item}${title}</li>`];
  });
  if (related.length > 0) {
    sections.push(
      `<section aria-labelledby="brief-related"><h2 id="brief-related"${label}>Related briefs</h2><ul class="related">${related.join('')}</ul></section>`,
    );
  }
  return sections.length > 0 ? `<footer class="brief-footer">${sections.join('')}</footer>` : '';
}

/**
 * A brief as a complete, self-contained HTML5 page: header (section kicker,
 * headline, standfirst, byline, date), hero figure, the body — Key
 * Takeaways, Editor's Desk and text rendered through the editor's schema by
 * `options.renderBody` — tags and related briefs; with lang/dir, OpenGraph,
 * Twitter card and JSON-LD NewsArticle metadata, inline CSS (screen, dark,
 * print) and a Content-Security-Policy that allows no script and no request
 * but the page's own images. Synced desks are resolved first (given
 * `deskBlocks`). Every field is escaped. Pure: the same input gives the same page.
 */
export function renderBriefHtml(brief: Brief, options: RenderBriefHtmlOptions): string {
  const language = safeLanguageTag(brief.language);
  const dir = textDirection(language);
  const label = labelAttributes(language);
  const generator = options.generator ?? 'Briefdesk';
  const now = options.now ?? new Date();
  const headline = brief.headline.trim() || 'Untitled brief';
  const standfirst = brief.standfirst.trim();
  const byline = brief.byline.trim();
  const author = byline.replace(/^by\s+/i, '');
  const body = options.deskBlocks ? resolveSyncedDesks(brief.body, options.deskBlocks).body : brief.body;
  const bodyHtml = options.renderBody(
    body,
    (src) => {
      const asset = assetIdFromSrc(src);
      // Remote images would make the page fetch from the network: only the library's own images are shown.
      return asset === null ? null : options.assetUrl(asset);
    },
    { notesHeading: { text: 'Notes', lang: label ? 'en' : undefined } },
  );
  const words = countWords(body);
  const minutes = readingMinutes(words);
  const heroUrl = brief.hero ? options.assetUrl(brief.hero.asset) : null;
  const shareableImage = heroUrl && /^https?:\/\//i.test(heroUrl) ? heroUrl : null;
  const jsonLd = briefJsonLd(brief, {
    author,
    imageUrl: heroUrl && !heroUrl.startsWith('data:') ? heroUrl : null,
    publisher: firstDeskPublication(body),
    wordCount: words,
  });

  const head = [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="${esc(PAGE_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="color-scheme" content="light dark">',
    `<title>${esc(headline)}</title>`,
    meta('name', 'description', standfirst),
    meta('name', 'author', author),
    meta('name', 'keywords', brief.tags.join(', ')),
    meta('name', 'generator', generator),
    meta('property', 'og:type', 'article'),
    meta('property', 'og:title', headline),
    meta('property', 'og:description', standfirst),
    meta('property', 'og:locale', language.replace(/-/g, '_')),
    shareableImage ? meta('property', 'og:image', shareableImage) : '',
    shareableImage && brief.hero ? meta('property', 'og:image:alt', brief.hero.alt) : '',
    meta('property', 'article:published_time', brief.createdAt),
    meta('property', 'article:modified_time', brief.updatedAt),
    meta('property', 'article:section', brief.section.trim()),
    ...brief.tags.map((tag) => meta('property', 'article:tag', tag)),
    meta('name', 'twitter:card', shareableImage ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', headline),
    meta('name', 'twitter:description', standfirst),
    `<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`,
    `<style>${BRIEF_PAGE_CSS}${bodyFeatureCss(bodyHtml)}</style>`,
  ].filter(Boolean);

  const bylineParts = [
    byline ? `<span class="author" dir="auto">${esc(byline)}</span>` : '',
    `<time datetime="${esc(brief.updatedAt)}">${esc(formatDate(brief.updatedAt, language))}</time>`,
    minutes > 0 ? `<span${label}>${minutes} min read</span>` : '',
  ].filter(Boolean);

  const header = [
    '<header class="brief-header">',
    brief.section.trim() ? `<p class="kicker" dir="auto">${esc(brief.section.trim())}</p>` : '',
    `<h1 dir="auto">${esc(headline)}</h1>`,
    standfirst ? `<p class="standfirst" dir="auto">${esc(standfirst)}</p>` : '',
    `<p class="byline">${bylineParts.join(' ')}</p>`,
    '</header>',
  ].join('');

  return [
    '<!doctype html>',
    `<html lang="${esc(language)}" dir="${dir}">`,
    '<head>',
    ...head,
    '</head>',
    '<body>',
    '<main class="page">',
    '<article class="brief">',
    header,
    heroFigure(brief, options),
    `<div class="brief-body">${bodyHtml}</div>`,
    footerSections(brief, options, label),
    '</article>',
    '</main>',
    options.colophon === false
      ? ''
      : `<footer class="colophon"><p${label}>Exported from ${esc(generator)} on <time datetime="${esc(now.toISOString())}">${esc(
          formatDate(now.toISOString(), language),
        )}</time>.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
