import { guessLanguage } from './guess-language';
import { importDom } from './import-dom';
import { type ImportDraft, isoDateOf } from './import-draft';
import { inlineStylesToMarks } from './inline-style-marks';
import { articleRoot, pageMetadata } from './page-metadata';
import { readHtmlContent } from './read-html-content';
import { sanitizeImportHtml } from '../../../shared/editor/sanitize-foreign-html';

/** The text of a heading once sanitized (a script inside it is not text), or null. */
async function headingText(heading: Element | null): Promise<string | null> {
  if (!heading) return null;
  const text = sanitizeImportHtml((await importDom()).purify, heading.outerHTML)
    .textContent?.replace(/\s+/g, ' ')
    .trim();
  return text ? text : null;
}

/**
 * A web page that is not a Briefdesk export (a news article, a document
 * saved as HTML), read into `draft`: its article (or main content), with
 * inline-CSS formatting kept as marks; the headline from the first `<h1>`
 * (of the article, else of the page, else the page title); the standfirst
 * from an element marked as one, the description, or the paragraph after
 * the headline; the byline from the author metadata or a "By …" line; tags
 * from the keywords; section, date and language from the page (or the
 * language from the script); Key Takeaways, Editor's Desk and the rest as
 * for plain text.
 */
export async function readForeignPage(draft: ImportDraft, page: Document, baseDir: string | undefined): Promise<ImportDraft> {
  const meta = pageMetadata(page);
  inlineStylesToMarks(page);
  const root = articleRoot(page);
  // A headline above the article (in the page's header) is still the headline.
  const outerHeadline = root.querySelector('h1') ? null : await headingText(page.querySelector('h1'));
  const content = await readHtmlContent(root.innerHTML, {
    sources: { pending: draft.images, baseDir },
    hero: true,
    structure: {
      headline: 'h1',
      standfirst: true,
      standfirstText: meta.description ?? undefined,
      byline: meta.author === null,
      tags: meta.keywords.length === 0,
      related: true,
    },
  });
  const { structure } = content;
  let language = meta.language;
  if (!language) {
    language = guessLanguage(content.text);
    if (language) draft.notes.push(`Language (${language}, told by the script)`);
  }
  draft.content = {
    ...draft.content,
    headline: structure.headline ?? outerHeadline ?? meta.title ?? '',
    standfirst: structure.standfirst ?? '',
    byline: meta.author ?? structure.byline ?? '',
    tags: meta.keywords.length > 0 ? meta.keywords : (structure.tags ?? []),
    section: meta.section ?? '',
    language: language ?? 'en',
    hero: content.hero,
    related: structure.related,
    body: content.body,
  };
  draft.createdAt = isoDateOf(meta.published);
  draft.warnings.push(...structure.warnings);
  return draft;
}
