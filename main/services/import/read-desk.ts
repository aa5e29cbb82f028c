import { EDITORS_DESK_DEFAULT_TITLE } from '../../../shared/editor/nodes/editors-desk';
import { deskElement } from './block-elements';
import { isHeading, isList, isParagraph, isShortLine, isTextBlock, linesOf, textOf } from './block-text';
import type { ReadBlock } from './read-takeaways';

/** "Editor's Desk", "Editor’s Desk:", also when "Editor's" and "Desk" are on two lines. */
const DESK_MARKER = /^editor['’‘`]?s\s+desk\s*:?$/i;

/** Blocks that may be part of a desk's analysis (the desk holds paragraphs, lists and quotes). */
function isAnalysisBlock(block: Element): boolean {
  return isParagraph(block) || isList(block) || block.localName === 'blockquote';
}

/** A paragraph of only short lines that are not sentences (a sign-off line, a title). */
function isShortParagraph(block: Element): boolean {
  const lines = linesOf(block);
  return isParagraph(block) && lines.length > 0 && lines.every((line) => isShortLine(line, 80));
}

/** How many blocks from `index` make an "Editor's Desk" marker: 1, 2 ("Editor's" / "Desk") or 0 when none. */
export function deskMarkerLength(blocks: readonly Element[], index: number): number {
  const block = blocks[index];
  if (!block || !isTextBlock(block)) return 0;
  const text = textOf(block);
  if (DESK_MARKER.test(text)) return 1;
  const next = blocks[index + 1];
  if (/^editor['’‘`]?s$/i.test(text) && next && isTextBlock(next) && /^desk\s*:?$/i.test(textOf(next))) return 2;
  return 0;
}

/** The sign-off at `index`: 1–3 short lines in consecutive short paragraphs, not followed by another short line. */
function signOffAt(blocks: readonly Element[], index: number): { lines: string[]; next: number } | null {
  const lines: string[] = [];
  let next = index;
  while (next < blocks.length) {
    const block = blocks[next];
    if (!block || !isShortParagraph(block)) break;
    lines.push(...linesOf(block));
    next += 1;
  }
  return lines.length >= 1 && lines.length <= 3 ? { lines, next } : null;
}

/**
 * An Editor's Desk read from the blocks after its marker (`start`): a title
 * (a heading, or a short line that is not a sentence; else the default
 * "Strategic Analysis"), the analysis (paragraphs, lists, quotes), and a
 * sign-off of 1–3 short lines (desk name, series, publication) that ends
 * it. Without a sign-off the analysis runs to the next heading or marker
 * (`isMarker`); when nothing ends it but the end of the file, only its
 * first paragraph is taken, the rest stays in the body.
 */
export function readDesk(blocks: readonly Element[], start: number, isMarker: (block: Element) => boolean): ReadBlock {
  const document = blocks[Math.max(0, start - 1)]?.ownerDocument;
  if (!document) throw new Error('readDesk needs a block');
  let index = start;
  let title = EDITORS_DESK_DEFAULT_TITLE;
  const candidate = blocks[index];
  if (candidate && !isMarker(candidate)) {
    const lines = isTextBlock(candidate) ? linesOf(candidate) : [];
    const [line] = lines;
    if (line && lines.length === 1 && (isHeading(candidate) || isShortLine(line, 80)) && index + 1 < blocks.length) {
      title = line;
      index += 1;
    }
  }
  const analysis: Element[] = [];
  let signOff: string[] = [];
  let ended = false;
  while (index < blocks.length) {
    const block = blocks[index];
    if (!block || isHeading(block) || isMarker(block) || !isAnalysisBlock(block)) {
      ended = true;
      break;
    }
    const found = analysis.length > 0 ? signOffAt(blocks, index) : null;
    if (found) {
      signOff = found.lines;
      index = found.next;
      ended = true;
      break;
    }
    analysis.push(block);
    index += 1;
  }
  if (!ended && analysis.length > 1) {
    index -= analysis.length - 1;
    analysis.length = 1;
  }
  const [deskName = '', series = '', publication = ''] = signOff;
  return { elements: [deskElement(document, { title, deskName, series, publication }, analysis)], next: index };
}
