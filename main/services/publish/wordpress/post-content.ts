import { assetIdFromSrc } from '../../../../shared/editor/nodes/brief-image';
import type { BodyDoc, Brief, PmNodeJson } from '../../../../shared/model/brief';
import { nodeBodyRenderer } from '../../export/node-body-renderer';
import { endnotesAsFootnoteBlocks, footnoteIds, type WordPressFootnote } from './footnote-blocks';
import { tablesAsBlocks } from './table-blocks';

/**
 * The marker put at the start of every post's content: an HTML comment
 * naming the brief, `<!-- briefdesk:brief=<id> -->`. It lets a publish whose
 * create request timed out find the post it may have made (by a search for
 * the id, confirmed by the exact marker in content.raw), so a retry never
 * makes a second post. Readers of the site do not see it.
 */
export function briefMarker(briefId: string): string {
  return `<!-- briefdesk:brief=${briefId} -->`;
}

/** True when a post's raw content carries the marker of `briefId`. */
export function hasBriefMarker(raw: string, briefId: string): boolean {
  return raw.includes(briefMarker(briefId));
}

/** The content without any Briefdesk marker. */
export function withoutMarker(raw: string): string {
  return raw.replace(/<!-- briefdesk:brief=[A-Za-z0-9_-]+ -->\n?/g, '');
}

/** An image the body or the hero shows, with the text it should carry on the site. */
export interface ImageUse {
  assetId: string;
  alt: string;
  caption: string;
}

/** The hero's caption on the site: the caption, and the credit after it. */
export function heroCaption(hero: NonNullable<Brief['hero']>): string {
  const caption = hero.caption.trim();
  const credit = hero.credit.trim();
  return caption && credit ? `${caption} — ${credit}` : caption || credit;
}

/** Every library image a brief shows — the hero first, then the body's in order — each once. */
export function imagesOf(brief: Brief, body: BodyDoc): ImageUse[] {
  const uses = new Map<string, ImageUse>();
  if (brief.hero) uses.set(brief.hero.asset, { assetId: brief.hero.asset, alt: brief.hero.alt, caption: heroCaption(brief.hero) });
  const visit = (node: PmNodeJson): void => {
    const src = node.attrs?.src;
    const assetId = node.type === 'image' && typeof src === 'string' ? assetIdFromSrc(src) : null;
    if (assetId && !uses.has(assetId)) {
      const alt = typeof node.attrs?.alt === 'string' ? node.attrs.alt : '';
      const title = typeof node.attrs?.title === 'string' ? node.attrs.title : '';
      uses.set(assetId, { assetId, alt, caption: title });
    }
    for (const child of node.content ?? []) visit(child);
  };
  visit(body);
  return [...uses.values()];
}

/** How a post's notes are written: the site's own footnotes (WordPress 6.3+), or linked endnotes in the content. */
export type PostFootnotes = 'blocks' | 'endnotes';

/** A post's content, and its notes for the `footnotes` meta when they are the site's own footnotes. */
export interface PostContent {
  content: string;
  /** The notes as WordPress keeps them ('blocks'), in reading order; null with linked endnotes. */
  footnotes: WordPressFootnote[] | null;
}

/**
 * Sets the `src` of the images of `html` whose current source is an asset id (as rendered) to `url(assetId)`, makes
 * its tables Table blocks (tablesAsBlocks) and, with `noteIds`, its endnotes WordPress footnotes (endnotesAsFootnoteBlocks).
 */
async function forTheSite(html: string, url: (assetId: string) => string | null, noteIds: readonly string[] | null): Promise<PostContent> {
  const { JSDOM } = await import('jsdom');
  const fragment = JSDOM.fragment(html);
  for (const image of Array.from(fragment.querySelectorAll('img'))) {
    const target = url(image.getAttribute('src') ?? '');
    if (target === null) image.remove();
    else image.setAttribute('src', target);
  }
  tablesAsBlocks(fragment);
  const footnotes = noteIds === null ? null : endnotesAsFootnoteBlocks(fragment, noteIds);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return { content: container.innerHTML, footnotes };
}

/**
 * A post's content: the marker, then the body as the export renders it —
 * Key Takeaways and Editor's Desk with their classes, through the editor's
 * schema and DOMPurify — its images pointing at the site's copies
 * (`imageUrl`; an image without one is left out). The export's sanitizer
 * keeps only embedded or relative image sources, so images are rendered
 * with their asset id as a relative source and pointed at the site after;
 * tables become WordPress Table blocks where the block can hold them.
 * Notes are the export's linked endnotes, or with `footnotes: 'blocks'`
 * the block editor's footnotes: references in the text, the core/footnotes
 * block at the end and the notes returned for the post's `footnotes` meta.
 */
export async function renderPostContent(
  briefId: string,
  body: BodyDoc,
  imageUrl: (assetId: string) => string | null,
  options: { footnotes?: PostFootnotes } = {},
): Promise<PostContent> {
  const render = await nodeBodyRenderer();
  const html = render(body, (src) => assetIdFromSrc(src));
  const site = await forTheSite(html, imageUrl, options.footnotes === 'blocks' ? footnoteIds(body) : null);
  return { content: `${briefMarker(briefId)}\n${site.content}`, footnotes: site.footnotes };
}
