import { prepareCodeBlocks } from './code-blocks';
import { readHtmlNotes } from './html-notes';
import { type DocumentBase, type LinkReport, resolveLinks } from './resolve-links';

export type { DocumentBase } from './resolve-links';

/** What the preparation of an imported document found. */
export interface PreparedDom {
  notes: number;
  codeBlocks: number;
  links: LinkReport;
}

/**
 * The steps every imported document (a web page, Markdown rendered to
 * HTML, a Word document converted by mammoth, Briefdesk's own page) goes
 * through while its ids and classes are still there, before the sanitizer
 * removes them: notes made footnotes (readHtmlNotes), code blocks made
 * verbatim `<pre><code>` (prepareCodeBlocks), links resolved or listed
 * (resolveLinks), protocol-relative images (`//host/…`) named by their
 * https address so that they are reported as the web images they are
 * (the sanitizer refuses the bare form; nothing is fetched).
 */
export function prepareImportDom(
  root: ParentNode,
  document: Document,
  options: { base?: DocumentBase | null; trimFinalNewline: boolean; notesAndCode?: NotesAndCode },
): PreparedDom {
  const { notes, codeBlocks } = options.notesAndCode ?? prepareNotesAndCode(root, document, options.trimFinalNewline);
  const links = resolveLinks(root, options.base ?? null);
  for (const image of Array.from(root.querySelectorAll('img[src^="//"]')))
    image.setAttribute('src', `https:${image.getAttribute('src') ?? ''}`);
  return { notes, codeBlocks, links };
}

/** What the first two steps found. */
export type NotesAndCode = Pick<PreparedDom, 'notes' | 'codeBlocks'>;

/**
 * The first two steps alone, for a web page whose article is taken out
 * afterwards (the notes must be read while their list is still on the
 * page); its links are resolved in the article only (prepareImportDom with
 * `notesAndCode`).
 */
export function prepareNotesAndCode(root: ParentNode, document: Document, trimFinalNewline: boolean): NotesAndCode {
  const { notes } = readHtmlNotes(root, document);
  const codeBlocks = prepareCodeBlocks(root, document, { trimFinalNewline });
  return { notes, codeBlocks };
}
