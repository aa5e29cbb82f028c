import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { readSiteManifest, type SiteManifest } from '../../../../../../main/services/publish/static-site';
import { type BriefContent, blankBriefContent, type PmNodeJson } from '../../../../../../shared/model/brief';

export const ATOM = 'http://www.w3.org/2005/Atom';
export const SITEMAP = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/**
 * Parses XML with a real XML parser (jsdom's DOMParser, application/xml);
 * throws with the parser's message when the text is not well-formed.
 */
export function parseXml(text: string): Document {
  const { window } = new JSDOM('');
  const document = new window.DOMParser().parseFromString(text, 'application/xml');
  const error = document.getElementsByTagName('parsererror')[0];
  if (error !== undefined) throw new Error(`Not well-formed XML: ${error.textContent ?? ''}`);
  return document;
}

/** An HTML page, parsed. */
export function parseHtml(text: string): Document {
  return new JSDOM(text).window.document;
}

/** The text of the first child element named `name` (in the element's own namespace), or null. */
export function childText(element: Element, name: string): string | null {
  const child = [...element.children].find((candidate) => candidate.localName === name);
  return child === undefined ? null : (child.textContent ?? '');
}

/** One Atom entry, read back. */
export interface AtomEntry {
  id: string | null;
  title: string | null;
  link: string | null;
  published: string | null;
  updated: string | null;
  summary: string | null;
  author: string | null;
  categories: string[];
  lang: string | null;
}

/** The entries of an Atom feed document, in document order. */
export function atomEntries(feed: Document): AtomEntry[] {
  return [...feed.getElementsByTagNameNS(ATOM, 'entry')].map((entry) => {
    const author = [...entry.children].find((child) => child.localName === 'author');
    return {
      id: childText(entry, 'id'),
      title: childText(entry, 'title'),
      link:
        [...entry.children]
          .find((child) => child.localName === 'link' && child.getAttribute('rel') === 'alternate')
          ?.getAttribute('href') ?? null,
      published: childText(entry, 'published'),
      updated: childText(entry, 'updated'),
      summary: childText(entry, 'summary'),
      author: author === undefined ? null : childText(author, 'name'),
      categories: [...entry.children].filter((child) => child.localName === 'category').map((child) => child.getAttribute('term') ?? ''),
      lang: entry.getAttributeNS('http://www.w3.org/XML/1998/namespace', 'lang'),
    };
  });
}

/** The `<loc>` values of a sitemap document, in document order. */
export function sitemapLocs(sitemap: Document): string[] {
  return [...sitemap.getElementsByTagNameNS(SITEMAP, 'loc')].map((loc) => loc.textContent ?? '');
}

/** Everything a site folder holds, read and parsed. */
export interface SiteOnDisk {
  manifest: SiteManifest;
  index: Document;
  indexHtml: string;
  feed: Document;
  feedXml: string;
  /** Null when there is no sitemap.xml. */
  sitemap: Document | null;
  sitemapXml: string | null;
}

/** Reads and parses a site folder (throws when a file is missing or not well-formed). */
export async function readSite(dir: string): Promise<SiteOnDisk> {
  const manifest = await readSiteManifest(dir);
  if (manifest === null) throw new Error(`No site manifest in ${dir}`);
  const indexHtml = await readFile(path.join(dir, 'index.html'), 'utf8');
  const feedXml = await readFile(path.join(dir, 'feed.xml'), 'utf8');
  const sitemapPath = path.join(dir, 'sitemap.xml');
  const sitemapXml = existsSync(sitemapPath) ? await readFile(sitemapPath, 'utf8') : null;
  return {
    manifest,
    index: parseHtml(indexHtml),
    indexHtml,
    feed: parseXml(feedXml),
    feedXml,
    sitemap: sitemapXml === null ? null : parseXml(sitemapXml),
    sitemapXml,
  };
}

/** The index page's listed briefs: link and headline, in page order. */
export function indexLinks(index: Document): { href: string | null; text: string }[] {
  return [...index.querySelectorAll('.index-list h2')].map((heading) => ({
    href: heading.querySelector('a')?.getAttribute('href') ?? null,
    text: heading.textContent ?? '',
  }));
}

/** A paragraph node with one text run. */
export function paragraph(text: string): PmNodeJson {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** A body image node showing a library asset. */
export function bodyImage(assetId: string, alt: string): PmNodeJson {
  return { type: 'image', attrs: { src: `asset:${assetId}`, alt } };
}

/** Brief content for these tests, with a short body of `blocks`. */
export function briefContent(
  fields: Partial<BriefContent>,
  blocks: PmNodeJson[] = [paragraph('Freight rates eased for a third week.')],
): BriefContent {
  return {
    ...blankBriefContent(),
    section: 'Markets',
    standfirst: 'Shippers see room to renegotiate before the spring tender.',
    byline: 'By Tove Lindqvist',
    tags: ['freight'],
    ...fields,
    body: { type: 'doc', content: blocks },
  };
}

/** A body without its image nodes (at any depth). */
export function withoutImages(nodes: readonly PmNodeJson[]): PmNodeJson[] {
  return nodes
    .filter((node) => node.type !== 'image')
    .map((node) => (node.content === undefined ? node : { ...node, content: withoutImages(node.content) }));
}
