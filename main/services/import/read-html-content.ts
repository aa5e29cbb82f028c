import type { BodyDoc, HeroImage } from '../../../shared/model/brief';
import { assembleBody } from './assemble-body';
import { type BriefStructure, readBriefStructure, type StructureOptions } from './brief-structure';
import { topLevelBlocks } from './html-blocks';
import { importDom } from './import-dom';
import type { ImageSources } from './import-image-sources';
import { readMarkdownDesks } from './markdown-desk-fields';
import { type NotesAndCode, type PreparedDom, prepareImportDom } from './prepare-import-dom';
import { readHero } from './read-hero';
import type { DocumentBase } from './resolve-links';
import { sanitizeImportHtml } from '../../../shared/editor/sanitize-foreign-html';

/** What an imported document's content holds. */
export interface HtmlContent {
  structure: BriefStructure;
  hero: HeroImage | null;
  body: BodyDoc;
  /** All its text, for telling the language by the script. */
  text: string;
  /** Its notes, code blocks and links, as prepareImportDom found them. */
  prepared: PreparedDom;
}

/** How to read a document's content. */
export interface HtmlContentOptions {
  sources: ImageSources;
  structure: StructureOptions;
  /** Look for a hero image before the first paragraph. */
  hero: boolean;
  /** Read `:::editors-desk` containers rendered from Markdown (readMarkdownDesks). */
  markdownDesks?: boolean;
  /** The document's own address, for its relative links. */
  base?: DocumentBase | null;
  /** What prepareNotesAndCode found when the caller took those steps itself (a web page, before its article is taken). */
  notesAndCode?: NotesAndCode;
}

/**
 * Reads the content of a document that is not Briefdesk's own (a web page's
 * article, Markdown rendered to HTML, a Word document converted by mammoth):
 * notes, code blocks and links prepared (prepareImportDom; notes and code
 * only when the caller did not), sanitized (sanitizeImportHtml), taken as top-level blocks,
 * the brief's parts recognised (readBriefStructure), a hero image looked
 * for, and the rest made the body through the editor's schema, its heading
 * levels fitted (the top level becomes h2).
 */
export async function readHtmlContent(html: string, options: HtmlContentOptions): Promise<HtmlContent> {
  const { document, purify } = await importDom();
  const template = document.createElement('template');
  template.innerHTML = html;
  const prepared = prepareImportDom(template.content, document, {
    base: options.base ?? null,
    trimFinalNewline: true,
    ...(options.notesAndCode ? { notesAndCode: options.notesAndCode } : {}),
  });
  const fragment = sanitizeImportHtml(purify, template.innerHTML);
  if (options.markdownDesks) readMarkdownDesks(fragment);
  const text = fragment.textContent ?? '';
  const structure = readBriefStructure(topLevelBlocks(fragment, document), options.structure);
  const hero = options.hero ? await readHero(structure.body, options.sources) : null;
  const body = await assembleBody(document, structure.body, options.sources, { headingLevels: 'fit' });
  return { structure, hero, body, text, prepared };
}
