import { z } from 'zod';
import { type HeroImage, RelatedBrief } from '../../../shared/model/brief';
import { assembleBody } from './assemble-body';
import { importDom } from './import-dom';
import { type ImportDraft, isoDateOf } from './import-draft';
import { assetIdForSrc, type ImageSources } from './import-image-sources';
import { prepareImportDom } from './prepare-import-dom';
import { sanitizeImportHtml } from '../../../shared/editor/sanitize-foreign-html';

/** The parts of a Briefdesk page's JSON-LD that hold a brief's fields exactly as typed. */
const BriefJsonLd = z.object({
  '@type': z.literal('NewsArticle'),
  headline: z.string(),
  description: z.string(),
  inLanguage: z.string(),
  datePublished: z.string().optional(),
  articleSection: z.string().optional(),
  keywords: z.array(z.string()).optional(),
});
type BriefJsonLd = z.infer<typeof BriefJsonLd>;

/** The JSON-LD of a page written by Briefdesk (renderBriefHtml), or null when the page is not one. */
export function briefdeskJsonLd(page: Document): BriefJsonLd | null {
  const generator = page.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (!/^Briefdesk\b/.test(generator) || !page.querySelector('article.brief > .brief-body')) return null;
  try {
    const parsed = BriefJsonLd.safeParse(JSON.parse(page.querySelector('script[type="application/ld+json"]')?.textContent ?? ''));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function heroOf(page: Document, sources: ImageSources, warnings: string[]): Promise<HeroImage | null> {
  const figure = page.querySelector('article.brief > figure.hero');
  const image = figure?.querySelector('img');
  if (!figure || !image) return null;
  const asset = await assetIdForSrc(image.getAttribute('src') ?? '', sources);
  const alt = image.getAttribute('alt') ?? '';
  if (asset === null) {
    if (alt) warnings.push(`The hero image could not be imported; its alt text was “${alt}”.`);
    return null;
  }
  const part = (name: string): string => figure.querySelector(`figcaption .${name}`)?.textContent ?? '';
  return { asset, alt, caption: part('caption'), credit: part('credit') };
}

/** The page's related briefs: library briefs by their `data-brief-id`, web pages by link and title. */
function relatedOf(page: Document): RelatedBrief[] {
  return Array.from(page.querySelectorAll('footer.brief-footer ul.related > li')).flatMap((item) => {
    const id = item.getAttribute('data-brief-id');
    const link = item.querySelector('a[href]');
    const candidate =
      id !== null ? { kind: 'brief', id } : { kind: 'url', url: link?.getAttribute('href') ?? '', title: link?.textContent ?? '' };
    const parsed = RelatedBrief.safeParse(candidate);
    return parsed.success ? [parsed.data] : [];
  });
}

/**
 * A page exported by Briefdesk (renderBriefHtml), read back into `draft`
 * exactly: headline, standfirst, section, tags, language and creation date
 * from its JSON-LD (the fields as typed, where the visible page trims
 * them), the byline from the header, the hero (its embedded or adjacent
 * image, alt, caption, credit), related briefs, and the body — Key
 * Takeaways, Editor's Desks, marks and order, its endnotes back in their
 * places as footnotes, code blocks, heading levels and anchors — parsed
 * with the editor's schema keeping white space. The workflow status is not on a published
 * page: the brief comes back as a draft. Synced desks come back as
 * detached copies of the text the page shows.
 */
export async function readBriefdeskPage(
  draft: ImportDraft,
  page: Document,
  jsonLd: BriefJsonLd,
  baseDir: string | undefined,
): Promise<ImportDraft> {
  const { document, purify } = await importDom();
  const sources: ImageSources = { pending: draft.images, baseDir };
  const bodyElement = page.querySelector('article.brief > .brief-body');
  if (bodyElement) {
    // Every heading's id is its anchor (the export wrote them), whether or not a link points at it.
    for (const heading of Array.from(bodyElement.querySelectorAll('h2[id], h3[id], h4[id], h5[id], h6[id]'))) {
      heading.setAttribute('data-anchor', heading.getAttribute('id') ?? '');
    }
    draft.prepared = prepareImportDom(bodyElement, page, { trimFinalNewline: false });
  }
  const fragment = sanitizeImportHtml(purify, bodyElement?.innerHTML ?? '');
  const author = page.querySelector('article.brief > header .byline .author');
  draft.content = {
    ...draft.content,
    headline: jsonLd.headline,
    standfirst: jsonLd.description,
    section: jsonLd.articleSection ?? '',
    byline: author?.textContent ?? '',
    tags: jsonLd.keywords ?? [],
    language: jsonLd.inLanguage,
    hero: await heroOf(page, sources, draft.warnings),
    related: relatedOf(page),
    body: await assembleBody(document, Array.from(fragment.childNodes), sources, { preserveWhitespace: 'full', headingLevels: 'keep' }),
  };
  draft.createdAt = isoDateOf(jsonLd.datePublished);
  return draft;
}
