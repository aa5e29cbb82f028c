import { guessLanguage } from './guess-language';
import { importDom } from './import-dom';
import { type ImportDraft, isoDateOf } from './import-draft';
import { articleNote, extractArticle } from './extract-article';
import { inlineStylesToMarks } from './inline-style-marks';
import { articleRoot, pageMetadata } from './page-metadata';
import { prepareNotesAndCode } from './prepare-import-dom';
import { readHtmlContent } from './read-html-content';
import { sanitizeImportHtml } from '../../../shared/editor/sanitize-foreign-html';

/** How to read a web page. */
export interface ForeignPageOptions {
  /** The folder the page was saved in, for its images. */
  baseDir?: string | undefined;
  /** Keep the whole page — navigation, sidebars and all — instead of its article. */
  wholePage?: boolean;
}

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
 * saved as HTML), read into `draft`: its notes and code blocks prepared on
 * the whole page, then its article taken out with Readability
 * (extractArticle; the whole page with `wholePage`, or when there is
 * nothing around the article), inline-CSS formatting kept as marks, links
 * resolved against the page's own address; the headline from the first
 * `<h1>` (of the article, else of the page, else the page title); the
 * standfirst from an element marked as one, the description, or the
 * paragraph after the headline; the byline from the author metadata or a
 * "By …" line; tags from the keywords; section, date and language from the
 * page (or the language from the script); Key Takeaways, Editor's Desk and
 * the rest as for plain text.
 */
export async function readForeignPage(draft: ImportDraft, page: Document, options: ForeignPageOptions = {}): Promise<ImportDraft> {
  const meta = pageMetadata(page);
  inlineStylesToMarks(page);
  const notesAndCode = prepareNotesAndCode(page.body, page, true);
  const article = options.wholePage ? null : extractArticle(page);
  const root = article ? null : articleRoot(page);
  // A headline above the article (in the page's header) is still the headline.
  const outerHeadline = root?.querySelector('h1') ? null : await headingText(page.querySelector('h1'));
  const content = await readHtmlContent(article?.html ?? root?.innerHTML ?? '', {
    sources: { pending: draft.images, baseDir: options.baseDir, ...(meta.address ? { webBase: meta.address } : {}) },
    hero: true,
    base: meta.address ? { url: new URL(meta.address) } : null,
    notesAndCode,
    structure: {
      headline: 'h1',
      standfirst: true,
      standfirstText: meta.description ?? undefined,
      byline: meta.author === null && !article?.byline,
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
  if (article) {
    draft.notes.push(articleNote(article));
    draft.pageKept = 'article';
  } else if (options.wholePage) draft.pageKept = 'whole';
  draft.prepared = content.prepared;
  draft.content = {
    ...draft.content,
    headline: structure.headline ?? outerHeadline ?? article?.title ?? meta.title ?? '',
    standfirst: structure.standfirst ?? '',
    byline: meta.author ?? article?.byline ?? structure.byline ?? '',
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
