import { pageUrl } from './site-layout';
import { pagesNewestFirst, type SiteManifest } from './site-manifest';
import { buildXml } from './xml-document';

/** The sitemaps.org namespace. */
export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * The site's sitemap (sitemaps.org 0.9): the index page, then every page
 * newest first, each with its absolute `<loc>` and `<lastmod>`. A sitemap
 * needs absolute URLs, so it is only made for a site with a base URL:
 * null without one.
 */
export function renderSitemap(manifest: SiteManifest): string | null {
  const baseUrl = manifest.baseUrl;
  if (baseUrl === null) return null;
  const url = (loc: string, lastmod: string) => ({
    name: 'url',
    children: [
      { name: 'loc', text: loc },
      { name: 'lastmod', text: new Date(lastmod).toISOString() },
    ],
  });
  return buildXml(SITEMAP_NS, {
    name: 'urlset',
    children: [
      url(baseUrl, manifest.updatedAt),
      ...pagesNewestFirst(manifest.pages).map((page) => url(pageUrl(baseUrl, page.slug), page.updatedAt)),
    ],
  });
}
