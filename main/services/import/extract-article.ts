import { Readability } from '@mozilla/readability';
import { countWordsInText } from '../../../shared/model/word-count';

/** The article of a web page, without the page around it. */
export interface ExtractedArticle {
  /** The article's HTML (Readability's cleaned content). */
  html: string;
  /** Its title as the page gives it (the `<h1>` Readability took out of the content, or the page title). */
  title: string | null;
  byline: string | null;
  /** Words kept. */
  words: number;
  /** What was left out: words of the page that are not the article's, images around it, and whether that held the site's navigation. */
  leftOut: { words: number; images: number; navigation: boolean };
}

/** Parts of a page that are not its article: navigation, the site's header and footer, sidebars, ad and share widgets, related links. */
const PAGE_CHROME = [
  'nav',
  'body > header',
  'body > footer',
  'iframe',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
  '[class*="sidebar" i]',
  '[id*="sidebar" i]',
  '[class*="advert" i]',
  '[id*="advert" i]',
  '[class*="share" i]',
  '[class*="related" i]',
  '[class*="promo" i]',
  '[class*="newsletter" i]',
].join(', ');

const isDocument = (node: Node): node is Document => node.nodeType === 9;

/** Class and id words of advertising slots (`ad`, `ads`, `adsbygoogle`, `ad-slot`, `advert…`, `sponsored`…). */
const AD_WORD =
  /^(?:ads?|adv|adverts?|advertisements?|advertising|adsbygoogle|dfp|sponsored|sponsor|ad[-_].*|ads[-_].*|advert[-_].*|.*[-_]ads?|google[-_]?ads?.*)$/i;
/** The whole text of an ad label. */
const AD_LABEL = /^(?:advertisement|advertising|ads by google|sponsored(?: content)?|anzeige|publicité|publicidad|pubblicità|reklame)$/i;

/** Removes advertising slots and ad labels from a page (Readability keeps a short one standing in the article). */
function removeAds(document: Document): void {
  for (const element of Array.from(document.body.querySelectorAll('[class], [id]'))) {
    const words = [...(element.getAttribute('class') ?? '').split(/\s+/), element.getAttribute('id') ?? ''].filter(Boolean);
    if (words.some((word) => AD_WORD.test(word))) element.remove();
  }
  for (const element of Array.from(document.body.querySelectorAll('p, div, span, aside, section, small'))) {
    if (AD_LABEL.test((element.textContent ?? '').replace(/\s+/g, ' ').trim())) element.remove();
  }
}

/** An Editor's Desk in a page (Briefdesk's markup). */
const DESK = 'aside[data-type="editors-desk"]';
/** Marks a desk while it goes through Readability as a `<div>`. */
const PROTECTED = 'data-briefdesk-aside';

/** An element of `tag` with `element`'s attributes and children, in its place. */
function renameElement(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  for (const attribute of Array.from(element.attributes)) renamed.setAttribute(attribute.name, attribute.value);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

/** The article's HTML with its desks made `<aside>` again. */
function restoreDesks(page: Document, html: string): string {
  if (!html.includes(PROTECTED)) return html;
  const holder = page.createElement('div');
  holder.innerHTML = html;
  for (const desk of Array.from(holder.querySelectorAll(`[${PROTECTED}]`))) renameElement(desk, 'aside').removeAttribute(PROTECTED);
  return holder.innerHTML;
}

/**
 * The article of a saved web page, extracted with Mozilla's Readability
 * (the reader view of Firefox) on a copy of the page — the site's
 * navigation, ads, share and related-link widgets left out. Null when the
 * page has nothing around its text to leave out (a document saved as
 * HTML, a page that is all article) or when Readability finds no article:
 * then the page is read whole.
 */
export function extractArticle(page: Document): ExtractedArticle | null {
  if (!page.body || page.body.querySelector(PAGE_CHROME) === null) return null;
  const copy = page.cloneNode(true);
  if (!isDocument(copy)) return null;
  // Links were resolved already; a <base> would make Readability resolve local image paths against the web.
  for (const base of Array.from(copy.querySelectorAll('base'))) base.remove();
  removeAds(copy);
  // Readability drops every <aside>: an Editor's Desk goes through as a marked <div>.
  for (const desk of Array.from(copy.querySelectorAll(DESK))) renameElement(desk, 'div').setAttribute(PROTECTED, '');
  const article = new Readability(copy, { keepClasses: true, charThreshold: 300 }).parse();
  const html = restoreDesks(page, article?.content ?? '');
  const text = article?.textContent ?? '';
  const words = countWordsInText(text);
  if (!html || words === 0) return null;
  const pageWords = countWordsInText(page.body.textContent ?? '');
  const holder = page.createElement('div');
  holder.innerHTML = html;
  const images = page.body.querySelectorAll('img').length - holder.querySelectorAll('img').length;
  return {
    html,
    title: article?.title?.trim() || null,
    byline: article?.byline?.replace(/\s+/g, ' ').trim() || null,
    words,
    leftOut: {
      words: Math.max(0, pageWords - words),
      images: Math.max(0, images),
      navigation: page.body.querySelector('nav, [role="navigation"]') !== null,
    },
  };
}

/** The report's line about an extracted article: "Kept the article, 1,389 words; left out the page's navigation and 412 other words, 30 images". */
export function articleNote(article: ExtractedArticle): string {
  const format = (n: number): string => new Intl.NumberFormat('en').format(n);
  const parts = [
    ...(article.leftOut.navigation ? ["the page's navigation"] : []),
    ...(article.leftOut.words > 0 ? [`${format(article.leftOut.words)} words around the article`] : []),
    ...(article.leftOut.images > 0 ? [`${format(article.leftOut.images)} ${article.leftOut.images === 1 ? 'image' : 'images'}`] : []),
  ];
  const left =
    parts.length > 0 ? `; left out ${parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : parts[0]}` : '';
  return `Kept the article, ${format(article.words)} words${left}`;
}
