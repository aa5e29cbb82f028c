import { feedPageLink, SITE_FEED_FILE } from './site-layout';
import { pagesNewestFirst, type SiteManifest, type SitePage } from './site-manifest';
import { buildXml, type XmlNode } from './xml-document';

/** The Atom namespace (RFC 4287). */
export const ATOM_NS = 'http://www.w3.org/2005/Atom';

/** Options of renderAtomFeed. */
export interface AtomFeedOptions {
  /** Program name and version, for `<generator>`. @default 'Briefdesk' */
  generator?: string;
}

/** Atom dates are RFC 3339; the manifest's ISO instants are normalised to UTC. */
function atomDate(iso: string): string {
  return new Date(iso).toISOString();
}

function entry(page: SitePage, baseUrl: string | null): XmlNode {
  const byline = page.byline.trim();
  const standfirst = page.standfirst.trim();
  return {
    name: 'entry',
    lang: page.language,
    children: [
      { name: 'id', text: `urn:uuid:${page.entryId}` },
      { name: 'title', attributes: { type: 'text' }, text: page.headline.trim() || 'Untitled brief' },
      { name: 'link', attributes: { rel: 'alternate', type: 'text/html', href: feedPageLink(baseUrl, page.slug) } },
      { name: 'published', text: atomDate(page.publishedAt) },
      { name: 'updated', text: atomDate(page.updatedAt) },
      byline ? { name: 'author', children: [{ name: 'name', text: byline }] } : null,
      standfirst ? { name: 'summary', attributes: { type: 'text' }, text: standfirst } : null,
      ...page.tags.map((tag): XmlNode => ({ name: 'category', attributes: { term: tag } })),
    ],
  };
}

/**
 * The site's Atom feed (RFC 4287), newest entry first. Ids are URNs
 * (`urn:uuid:` of the site and of each page, kept in the manifest), so they
 * never change when the site moves. Links are absolute under the site's
 * base URL, or relative to the feed's own address when there is none
 * (Atom allows IRI references). The feed's author is the site's title;
 * entries with a byline name their own. Every value is escaped by the XML
 * serializer.
 */
export function renderAtomFeed(manifest: SiteManifest, options: AtomFeedOptions = {}): string {
  const baseUrl = manifest.baseUrl;
  const title = manifest.title.trim() || 'Briefs';
  return buildXml(ATOM_NS, {
    name: 'feed',
    children: [
      { name: 'id', text: `urn:uuid:${manifest.id}` },
      { name: 'title', attributes: { type: 'text' }, text: title },
      { name: 'updated', text: atomDate(manifest.updatedAt) },
      { name: 'author', children: [{ name: 'name', text: title }] },
      {
        name: 'link',
        attributes: {
          rel: 'self',
          type: 'application/atom+xml',
          href: baseUrl === null ? SITE_FEED_FILE : new URL(SITE_FEED_FILE, baseUrl).href,
        },
      },
      { name: 'link', attributes: { rel: 'alternate', type: 'text/html', href: baseUrl ?? './' } },
      { name: 'generator', text: options.generator ?? 'Briefdesk' },
      ...pagesNewestFirst(manifest.pages).map((page) => entry(page, baseUrl)),
    ],
  });
}
