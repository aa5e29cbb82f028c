import { join } from 'node:path';
import { BriefdeskError } from '../../../../shared/model/errors';

/**
 * The layout of a static site folder (pretty URLs):
 *
 * ```
 * index.html              every published brief, newest first
 * feed.xml                Atom feed (RFC 4287)
 * sitemap.xml             sitemaps.org sitemap (only with a base URL)
 * <slug>/index.html       one page per brief, linked as `<slug>/`
 * assets/<sha256>.<ext>   images, content-addressed, shared by the pages
 * .briefdesk-site.json    the site's manifest (what is published where)
 * ```
 */
export const SITE_MANIFEST_FILE = '.briefdesk-site.json';
export const SITE_INDEX_FILE = 'index.html';
export const SITE_FEED_FILE = 'feed.xml';
export const SITE_SITEMAP_FILE = 'sitemap.xml';
export const SITE_ASSETS_DIR = 'assets';
/** The file of a page inside its slug folder. */
export const PAGE_FILE = 'index.html';

/** Files at the site's root that Briefdesk writes (a folder holding them without a manifest is someone else's site). */
export const SITE_ROOT_FILES: readonly string[] = [SITE_INDEX_FILE, SITE_FEED_FILE, SITE_SITEMAP_FILE];

/** Names at the root a slug may never take. */
const RESERVED_SLUGS = new Set([SITE_ASSETS_DIR]);

/** What a slug looks like (exportStem's output: lower-case letters, digits, `-`, `_`). */
export const SLUG_PATTERN = /^[a-z0-9][a-z0-9_-]*$/;

/** Whether `slug` can never be used, whatever the folder holds. */
export function isReservedSlug(slug: string): boolean {
  return RESERVED_SLUGS.has(slug);
}

/** Absolute path of a page's file. */
export function pageFilePath(siteDir: string, slug: string): string {
  return join(siteDir, slug, PAGE_FILE);
}

/** A page's link from the site's root: `<slug>/`. */
export function pageHref(slug: string): string {
  return `${encodeURIComponent(slug)}/`;
}

/** How a page links an image of the site (pages live one folder down). */
export function assetHrefFromPage(assetId: string): string {
  return `../${SITE_ASSETS_DIR}/${assetId}`;
}

/** How a page links another page of the site. */
export function pageHrefFromPage(slug: string): string {
  return `../${pageHref(slug)}`;
}

/**
 * The site's base URL, checked and normalised: an absolute http(s) URL
 * without query, fragment or credentials, ending in `/`. Throws
 * 'invalid_input' for anything else.
 * @example normaliseBaseUrl('https://example.org/briefs') // 'https://example.org/briefs/'
 */
export function normaliseBaseUrl(value: string): string {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new BriefdeskError(
      'invalid_input',
      `The site address "${value}" is not a web address; give one such as https://example.org/briefs/.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new BriefdeskError('invalid_input', `The site address "${value}" must start with https:// or http://.`);
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new BriefdeskError(
      'invalid_input',
      `The site address "${value}" must not hold a user name, password, query (?…) or fragment (#…).`,
    );
  }
  if (!url.pathname.endsWith('/')) url.pathname = `${url.pathname}/`;
  return url.href;
}

/** A page's absolute URL under the site's base URL. */
export function pageUrl(baseUrl: string, slug: string): string {
  return new URL(pageHref(slug), baseUrl).href;
}

/** A link to a page for the feed: absolute under the base URL, or relative to the site's root without one. */
export function feedPageLink(baseUrl: string | null, slug: string): string {
  return baseUrl === null ? pageHref(slug) : pageUrl(baseUrl, slug);
}
