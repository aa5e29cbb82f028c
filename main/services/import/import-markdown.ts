import MarkdownIt, { type PluginSimple } from 'markdown-it';
import markdownFootnote from 'markdown-it-footnote';
import type { PmNodeJson } from '../../../shared/model/brief';
import { guessLanguage } from './guess-language';
import { type ImportDraft, isoDateOf, newDraft } from './import-draft';
import { assetIdForSrc, type ImageSources } from './import-image-sources';
import { markdownDeskContainer } from '../../../shared/editor/nodes/editors-desk';
import { type FrontMatterFields, frontMatterBase, readFrontMatter, splitFrontMatter } from './markdown-front-matter';
import { readHtmlContent } from './read-html-content';

/** markdown-it-footnote's types name markdown-it's CommonJS build; the plugin is the same function for the ES module build used here. */
const footnotes = markdownFootnote as unknown as PluginSimple;

/**
 * CommonMark with GFM tables and strikethrough; raw HTML is passed on to the
 * sanitizer; Editor's Desk containers; footnotes (`[^1]` with their
 * definitions, inline `^[…]`) by markdown-it-footnote, made the body's
 * footnotes by the import's note reader.
 */
const markdown = new MarkdownIt('default', { html: true, linkify: false, typographer: false }).use(markdownDeskContainer).use(footnotes);

function paragraph(text: string): PmNodeJson {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

async function heroOf(fields: FrontMatterFields, sources: ImageSources, warnings: string[]) {
  if (!fields.hero) return null;
  const asset = await assetIdForSrc(fields.hero.file, sources);
  if (asset !== null) return { asset, alt: fields.hero.alt, caption: fields.hero.caption, credit: fields.hero.credit };
  const alt = fields.hero.alt ? ` (alt text: “${fields.hero.alt}”)` : '';
  warnings.push(
    sources.baseDir === undefined
      ? `The hero image “${fields.hero.file}”${alt} is a separate file: import the Markdown file together with its folder (from the command line) to bring it in.`
      : `The hero image “${fields.hero.file}”${alt} could not be imported.`,
  );
  return null;
}

/**
 * A Markdown file read into a draft: YAML front matter (readFrontMatter)
 * gives the fields — the Markdown export's keys and common aliases — and
 * the body is rendered by markdown-it (with `:::editors-desk` containers),
 * sanitized and parsed with the editor's schema; `## Key Takeaways` and a
 * numbered list become the Key Takeaways block, as the export writes it.
 * Fields the front matter does not give are looked for in the text as for
 * any document (a `#` headline, the paragraph after it…). Images are read
 * from beside the file when `baseDir` is known. Front-matter keys not
 * understood are kept as paragraphs at the end of the body.
 */
export async function readMarkdown(fileName: string, text: string, baseDir: string | undefined): Promise<ImportDraft> {
  const draft = newDraft('markdown');
  const { yaml, markdown: source } = splitFrontMatter(text);
  const fields = yaml === null ? { unknown: [], warnings: [] } : readFrontMatter(fileName, yaml);
  const base = frontMatterBase(fields);
  const sources: ImageSources = { pending: draft.images, baseDir, ...(base && !base.siteOnly ? { webBase: base.url.href } : {}) };
  const content = await readHtmlContent(markdown.render(source), {
    sources,
    hero: false,
    markdownDesks: true,
    base,
    structure: {
      headline: fields.headline === undefined ? 'h1' : 'known',
      standfirst: fields.standfirst === undefined,
      byline: fields.byline === undefined,
      tags: fields.tags === undefined,
      related: fields.related === undefined,
    },
  });
  const { structure } = content;
  const unknown = fields.unknown.map(([key, value]) => paragraph(`${key}: ${value}`));
  if (unknown.length > 0)
    draft.warnings.push(`Unrecognised front-matter keys kept in the body: ${fields.unknown.map(([key]) => key).join(', ')}.`);
  let language = fields.language;
  if (!language) {
    language = guessLanguage(content.text) ?? undefined;
    if (language) draft.notes.push(`Language (${language}, told by the script)`);
  }
  draft.content = {
    ...draft.content,
    headline: fields.headline ?? structure.headline ?? '',
    standfirst: fields.standfirst ?? structure.standfirst ?? '',
    section: fields.section ?? '',
    byline: fields.byline ?? structure.byline ?? '',
    tags: fields.tags ?? structure.tags ?? [],
    status: fields.status ?? 'draft',
    language: language ?? 'en',
    hero: await heroOf(fields, sources, draft.warnings),
    related: fields.related ?? structure.related,
    body: { ...content.body, content: [...(content.body.content ?? []), ...unknown] },
  };
  draft.prepared = content.prepared;
  draft.createdAt = isoDateOf(fields.date);
  draft.warnings.push(...fields.warnings, ...structure.warnings);
  return draft;
}
