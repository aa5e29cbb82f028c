import type { BodyDoc, HeroImage } from '../../../shared/model/brief';
import { assembleBody } from './assemble-body';
import { type BriefStructure, readBriefStructure, type StructureOptions } from './brief-structure';
import { topLevelBlocks } from './html-blocks';
import { importDom } from './import-dom';
import type { ImageSources } from './import-image-sources';
import { readMarkdownDesks } from './markdown-desk-fields';
import { readHero } from './read-hero';
import { sanitizeImportHtml } from '../../../shared/editor/sanitize-foreign-html';

/** What an imported document's content holds. */
export interface HtmlContent {
  structure: BriefStructure;
  hero: HeroImage | null;
  body: BodyDoc;
  /** All its text, for telling the language by the script. */
  text: string;
}

/** How to read a document's content. */
export interface HtmlContentOptions {
  sources: ImageSources;
  structure: StructureOptions;
  /** Look for a hero image before the first paragraph. */
  hero: boolean;
  /** Read `:::editors-desk` containers rendered from Markdown (readMarkdownDesks). */
  markdownDesks?: boolean;
}

/**
 * Reads the content of a document that is not Briefdesk's own (a web page's
 * article, Markdown rendered to HTML, a Word document converted by mammoth):
 * sanitized at once (sanitizeImportHtml), taken as top-level blocks, the
 * brief's parts recognised (readBriefStructure), a hero image looked for,
 * and the rest made the body through the editor's schema.
 */
export async function readHtmlContent(html: string, options: HtmlContentOptions): Promise<HtmlContent> {
  const { document, purify } = await importDom();
  const fragment = sanitizeImportHtml(purify, html);
  if (options.markdownDesks) readMarkdownDesks(fragment);
  const text = fragment.textContent ?? '';
  const structure = readBriefStructure(topLevelBlocks(fragment, document), options.structure);
  const hero = options.hero ? await readHero(structure.body, options.sources) : null;
  const body = await assembleBody(document, structure.body, options.sources);
  return { structure, hero, body, text };
}
