import { validAnchor } from '../../../shared/editor/valid-anchor';
import { isAllowedLinkHref } from '../../../shared/editor/link-policy';
import { isElement } from './block-text';
import { type ElementIndex, fragmentOf, indexTargets } from './element-index';
import { headingSlug } from '../../../shared/editor/heading-slug';

/** Where an imported document lives, for its relative links. */
export interface DocumentBase {
  /** The document's own address (absolute http or https). */
  url: URL;
  /** Only the site is known (not the page): only links from the site's root (`/…`) are resolved. */
  siteOnly?: boolean;
}

/** What became of a document's links. */
export interface LinkReport {
  /** Relative or protocol-relative links made full addresses against the document's own. */
  resolved: number;
  /** Relative links kept as written: the document does not say where it lives. */
  unresolved: string[];
  /** Links inside the document whose target is a heading: they keep working. */
  inPage: number;
  /** Links inside the document to a place that is not there, or is not a heading, kept as written. */
  strayAnchors: string[];
  /** Links whose address Briefdesk does not keep (`javascript:`, `file:`…): the text stays, unlinked. */
  unlinked: string[];
}

const HEADING = /^h[1-6]$/;

/** The heading a link target stands for: the target itself, the heading it is inside, or one it opens (a section, an empty bookmark before it). */
function headingFor(target: Element): Element | null {
  for (let at: Element | null = target; at !== null; at = at.parentElement) {
    if (HEADING.test(at.localName)) return at;
    if (['p', 'li', 'td', 'blockquote', 'body'].includes(at.localName)) break;
  }
  const first = target.firstElementChild;
  if (first && HEADING.test(first.localName)) return first;
  const next = target.nextElementSibling;
  const empty = (target.textContent ?? '').trim() === '';
  return empty && next && HEADING.test(next.localName) ? next : null;
}

/** Headings by the anchor a Markdown site would give them (for links written against those). */
function headingsBySlug(root: ParentNode): Map<string, Element> {
  const slugs = new Map<string, Element>();
  for (const heading of Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'))) {
    const slug = headingSlug(heading.textContent ?? '');
    if (slug && !slugs.has(slug)) slugs.set(slug, heading);
  }
  return slugs;
}

/** Gives `heading` the anchor `name` (or keeps the one it has) and answers the anchor a link should use, or null. */
function anchorHeading(heading: Element, name: string): string | null {
  const existing = heading.getAttribute('data-anchor');
  if (existing) return existing;
  const anchor = validAnchor(name) ?? validAnchor(headingSlug(heading.textContent ?? ''));
  if (anchor !== null) heading.setAttribute('data-anchor', anchor);
  return anchor;
}

/** The link's text in place of the link. */
function unwrap(link: Element): void {
  link.replaceWith(...Array.from(link.childNodes));
}

/** `href` made absolute against `base`, when that gives a web address (else null). */
function absoluteUrl(href: string, base: URL): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The scheme of an address, with its colon (`javascript:`), or null. */
const schemeOf = (href: string): string | null => /^([a-z][a-z0-9+.-]*:)/i.exec(href)?.[1]?.toLowerCase() ?? null;

/**
 * Makes every link of an imported document (before it is sanitized) one a
 * brief keeps, and says what became of each:
 *
 * - full web and e-mail addresses stay;
 * - a protocol-relative address (`//host/…`) gets the document's scheme
 *   (https when it has none);
 * - a relative address is resolved against `base`, the document's own
 *   address (a page's canonical URL or `<base>`, front matter's url or
 *   permalink; only `/…` links when only the site is known); otherwise it
 *   is kept as written and listed;
 * - a link inside the document (`#part`) keeps working when it points at a
 *   heading (by its id, a bookmark in or before it, or — for Markdown — the
 *   anchor a site would give the heading's text): the heading gets that
 *   anchor. Others are kept as written and listed; a link to this same
 *   document by its full address counts as one inside it;
 * - an address of another kind (`javascript:`, `file:`, `tel:`…) leaves its
 *   text, unlinked, and is listed.
 */
export function resolveLinks(root: ParentNode, documentBase: DocumentBase | null): LinkReport {
  const base = documentBase?.url ?? null;
  const report: LinkReport = { resolved: 0, unresolved: [], inPage: 0, strayAnchors: [], unlinked: [] };
  const targets: ElementIndex = indexTargets(root);
  let slugs: Map<string, Element> | undefined;
  const page = base ? base.href.replace(/#.*$/, '') : null;

  const inPage = (link: Element, href: string, name: string): void => {
    const target = targets.get(name);
    const heading = target ? headingFor(target) : (slugs ??= headingsBySlug(root)).get(name);
    const anchor = heading ? anchorHeading(heading, name) : null;
    if (anchor === null) {
      link.setAttribute('href', href);
      report.strayAnchors.push(href);
      return;
    }
    link.setAttribute('href', `#${anchor}`);
    report.inPage += 1;
  };

  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (!isElement(link)) continue;
    const href = (link.getAttribute('href') ?? '').trim();
    if (href === '') {
      link.removeAttribute('href');
      continue;
    }
    const name = fragmentOf(href);
    if (name !== null) {
      inPage(link, href, name);
      continue;
    }
    if (isAllowedLinkHref(href)) {
      if (page && href.startsWith(`${page}#`)) inPage(link, href.slice(page.length), fragmentOf(href.slice(page.length)) ?? '');
      continue;
    }
    if (href.startsWith('//')) {
      link.setAttribute('href', `${base?.protocol === 'http:' ? 'http:' : 'https:'}${href}`);
      report.resolved += 1;
      continue;
    }
    const scheme = schemeOf(href);
    if (scheme !== null) {
      report.unlinked.push(scheme);
      unwrap(link);
      continue;
    }
    const resolved = base && (!documentBase?.siteOnly || href.startsWith('/')) ? absoluteUrl(href, base) : null;
    if (resolved === null) {
      report.unresolved.push(href);
      continue;
    }
    if (page && resolved.startsWith(`${page}#`)) {
      inPage(link, resolved.slice(page.length), fragmentOf(resolved.slice(page.length)) ?? '');
      continue;
    }
    link.setAttribute('href', resolved);
    report.resolved += 1;
  }
  return report;
}

/** The import's sentences about its links (none when every link was kept as it was). */
export function linkWarnings(report: LinkReport): string[] {
  const warnings: string[] = [];
  const list = (items: readonly string[]): string => {
    const unique = [...new Set(items)];
    const shown = unique.slice(0, 5).map((item) => `“${item}”`);
    return `${shown.join(', ')}${unique.length > 5 ? ` and ${unique.length - 5} more` : ''}`;
  };
  const n = report.unresolved.length;
  if (n > 0) {
    warnings.push(
      `${n === 1 ? '1 link is' : `${n} links are`} relative to a site Briefdesk does not know: ${list(report.unresolved)}. ${n === 1 ? 'It was' : 'They were'} kept as written; give ${n === 1 ? 'it its' : 'them their'} full address before publishing.`,
    );
  }
  const stray = report.strayAnchors.length;
  if (stray > 0) {
    warnings.push(
      `${stray === 1 ? '1 link points' : `${stray} links point`} to a place in the document that is not a heading or is not there: ${list(report.strayAnchors)} (kept as written).`,
    );
  }
  const unlinked = report.unlinked.length;
  if (unlinked > 0) {
    warnings.push(
      `${unlinked === 1 ? '1 link has an address' : `${unlinked} links have addresses`} Briefdesk does not keep (${[...new Set(report.unlinked)].join(', ')}); ${unlinked === 1 ? 'its' : 'their'} text stays, without the link.`,
    );
  }
  return warnings;
}
