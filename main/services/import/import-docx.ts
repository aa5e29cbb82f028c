import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { guessLanguage } from './guess-language';
import { type ImportDraft, newDraft } from './import-draft';
import { ImportFileError } from './import-error';
import { isZip } from './import-format';
import { readHtmlContent } from './read-html-content';
import { docxLanguage } from './docx-language';
import { importDom } from './import-dom';

/** Paragraph styles Word, LibreOffice and pandoc give code and preformatted text: consecutive paragraphs make one code block. */
const CODE_STYLES = ['Code', 'Code Block', 'Source Code', 'HTML Preformatted', 'Preformatted Text', 'Plain Text', 'Macro Text'];
/** Character styles of code inside a sentence. */
const CODE_RUN_STYLES = ['HTML Code', 'Verbatim Char', 'Code Char', 'Source Text', 'Inline Code'];

/** Word styles read as a brief's parts, on top of mammoth's defaults (Heading 1–6 → h1–h6, footnotes and endnotes…). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1.title:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  ...CODE_STYLES.map((style) => `p[style-name='${style}'] => pre:separator('\\n')`),
  ...CODE_RUN_STYLES.map((style) => `r[style-name='${style}'] => code`),
];

/** The first line of an error's message, for a reason shown to the analyst. */
function detailOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const line = (message.split('\n')[0] ?? '').replace(/\s+/g, ' ').trim();
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}

/** Uncompressed size beyond which a package is refused (a zip bomb, or not a document). */
const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

/** Checks the zip package before mammoth reads it: a zip, with a Word document inside, not absurdly large unpacked. */
function checkPackage(fileName: string, bytes: Uint8Array): Map<string, number> {
  const notWord = (why: string): ImportFileError =>
    new ImportFileError('unsupported', fileName, `This is not a Word document (.docx): ${why}.`);
  if (!isZip(bytes)) throw notWord('it is not a zip package, as every .docx file is');
  const entries = new Map<string, number>();
  try {
    // Only the directory is read: the filter decompresses nothing.
    unzipSync(bytes, {
      filter: (file) => {
        entries.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (error) {
    throw new ImportFileError('damaged', fileName, `The Word document is damaged: its zip package cannot be read (${detailOf(error)}).`);
  }
  if (!entries.has('word/document.xml') || !entries.has('[Content_Types].xml'))
    throw notWord('the zip package holds no Word text (word/document.xml)');
  const unpacked = [...entries.values()].reduce((sum, size) => sum + size, 0);
  if (unpacked > MAX_UNPACKED_BYTES)
    throw new ImportFileError('too_large', fileName, 'The Word document unpacks to more than 1 GB; Briefdesk does not open it.');
  return entries;
}

/** mammoth's HTML without the empty paragraphs it keeps (they are kept so blank lines inside code survive). */
async function withoutEmptyParagraphs(html: string): Promise<string> {
  const { document } = await importDom();
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const paragraph of Array.from(template.content.querySelectorAll('p'))) {
    if ((paragraph.textContent ?? '').trim() === '' && paragraph.querySelector('img, br') === null) paragraph.remove();
  }
  return template.innerHTML;
}

/**
 * A Word document (.docx) read into a draft: checked as a package first,
 * converted to HTML by mammoth (styles as above, pictures embedded as data:
 * URLs, no external files followed), then read as a document — the Title
 * (or first Heading 1) is the headline, the Subtitle or the paragraph after
 * it the standfirst, a picture before the text the hero (with a Caption
 * paragraph), "Key Takeaways" and "Editor's Desk" as for any document;
 * footnotes and endnotes become the brief's footnotes, paragraphs in a
 * code style (Code, Source Code, HTML Preformatted…) code blocks, Heading
 * 1–6 the body's levels 2–6. The language is told by the script when it is
 * not Latin, else taken from the document's default language.
 */
export async function readDocx(fileName: string, bytes: Uint8Array): Promise<ImportDraft> {
  checkPackage(fileName, bytes);
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        // Blank lines of code are empty paragraphs: kept here, dropped elsewhere below.
        ignoreEmptyParagraphs: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(async (image) => ({
          src: `data:${image.contentType};base64,${await image.readAsBase64String()}`,
        })),
      },
    );
    html = await withoutEmptyParagraphs(result.value);
  } catch (error) {
    throw new ImportFileError('damaged', fileName, `The Word document is damaged and cannot be read (${detailOf(error)}).`);
  }
  const draft = newDraft('docx');
  const content = await readHtmlContent(html, {
    sources: { pending: draft.images },
    hero: true,
    structure: { headline: 'h1', standfirst: true, byline: true, tags: true, related: true },
  });
  const { structure } = content;
  const told = guessLanguage(content.text);
  const language = told ?? (await docxLanguage(bytes));
  if (told) draft.notes.push(`Language (${told}, told by the script)`);
  else if (language) draft.notes.push(`Language (${language}, from the document)`);
  draft.prepared = content.prepared;
  draft.content = {
    ...draft.content,
    headline: structure.headline ?? '',
    standfirst: structure.standfirst ?? '',
    byline: structure.byline ?? '',
    tags: structure.tags ?? [],
    language: language ?? 'en',
    hero: content.hero,
    related: structure.related,
    body: content.body,
  };
  draft.warnings.push(...structure.warnings);
  return draft;
}
