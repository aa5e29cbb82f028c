import { paragraphElement } from './block-elements';
import { endsLikeSentence, isParagraph, linesOf } from './block-text';
import { assembleBody } from './assemble-body';
import { readBriefStructure } from './brief-structure';
import { guessLanguage } from './guess-language';
import { importDom } from './import-dom';
import { type ImportDraft, newDraft } from './import-draft';

/** "## Heading" lines: the number of #s → the body's heading levels 2–4. */
const HASH_HEADING = /^(#{1,6})\s+(\S.*)$/;

/** Paragraphs of the text: runs of non-blank lines, each line trimmed. */
function paragraphsOf(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\n[ \t\u00a0]*\n/)
    .map((group) =>
      group
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

function blockOf(document: Document, lines: string[]): Element {
  const heading = lines.length === 1 ? HASH_HEADING.exec(lines[0] ?? '') : null;
  if (heading?.[1] && heading[2]) {
    const element = document.createElement(`h${Math.min(4, Math.max(2, heading[1].length))}`);
    element.textContent = heading[2];
    return element;
  }
  return paragraphElement(document, lines);
}

/** A short line in title case ("Why the Grid Sets the Pace"): every word of four letters or more starts with a capital. */
function isTitleCase(line: string): boolean {
  const words = line.split(' ');
  const long = words.filter((word) => /^\p{L}{4,}/u.test(word));
  return (
    line.length <= 70 &&
    words.length <= 10 &&
    long.length > 0 &&
    /^\p{Lu}/u.test(line) &&
    !endsLikeSentence(line) &&
    long.every((word) => /^\p{Lu}/u.test(word))
  );
}

/** Single title-case lines followed by a long paragraph become headings (only in the body, outside the blocks). */
function guessHeadings(document: Document, body: Element[]): Element[] {
  return body.map((block, index) => {
    const next = body[index + 1];
    const lines = isParagraph(block) ? linesOf(block) : [];
    const [line] = lines;
    if (!line || lines.length !== 1 || !isTitleCase(line) || !next || !isParagraph(next) || linesOf(next).join(' ').length < 120)
      return block;
    const heading = document.createElement('h2');
    heading.textContent = line;
    return heading;
  });
}

/**
 * A plain-text file shaped like a brief, read into a draft: the first line
 * is the headline, the next paragraph the standfirst; "Key Takeaways" with
 * numbered or bulleted points (also "• 1Text", as a web page's list copies),
 * "Editor's Desk" (also on two lines) with title, analysis and sign-off,
 * "By …", "Tags: …" and "Related" with web addresses are recognised
 * (readBriefStructure); "## " lines and short title-case lines before a
 * paragraph become headings; lines of a paragraph keep their line breaks.
 * The language is told by the script when it is not Latin. Everything else
 * is body text, as written.
 */
export async function readPlainText(text: string): Promise<ImportDraft> {
  const { document } = await importDom();
  const draft = newDraft('text');
  const blocks = paragraphsOf(text).map((lines) => blockOf(document, lines));
  const structure = readBriefStructure(blocks, {
    headline: 'first-line',
    standfirst: true,
    byline: true,
    tags: true,
    related: true,
    plainText: true,
  });
  const body = await assembleBody(document, guessHeadings(document, structure.body), { pending: draft.images });
  const language = guessLanguage(text);
  if (language) draft.notes.push(`Language (${language}, told by the script)`);
  draft.content = {
    ...draft.content,
    headline: structure.headline ?? '',
    standfirst: structure.standfirst ?? '',
    byline: structure.byline ?? '',
    tags: structure.tags ?? [],
    related: structure.related,
    language: language ?? 'en',
    body,
  };
  draft.warnings.push(...structure.warnings);
  return draft;
}
