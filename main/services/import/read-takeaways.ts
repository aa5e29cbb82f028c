import { takeawaysElement } from './block-elements';
import { isList, isParagraph, linesOf } from './block-text';
import { paragraphElement } from './block-elements';
import { takeawayItems } from './takeaway-lines';

/** "Key Takeaways", "Key take-aways:", "KEY TAKEAWAYS". */
export const TAKEAWAYS_MARKER = /^key\s+take-?aways\s*:?$/i;

/** How far a flattened list of points is looked for after the marker (blocks). */
const LOOK_AHEAD = 12;

/** A Key Takeaways block read from the blocks after its marker, and what follows it. */
export interface ReadBlock {
  /** The block's element, then any text left over from the last block read. */
  elements: Element[];
  /** Index of the first block not read. */
  next: number;
}

/**
 * The points after a "Key Takeaways" marker at `blocks[start - 1]`: a list
 * element (each item's content moved into a takeaway), or paragraphs of
 * numbered or bulleted lines (takeawayItems), across blank-line-separated
 * paragraphs as a flattened web page has them. Lines after the last point
 * in the same paragraph stay as a paragraph. Null when no point follows.
 */
export function readTakeaways(blocks: readonly Element[], start: number): ReadBlock | null {
  const first = blocks[start];
  if (!first) return null;
  const document = first.ownerDocument;
  if (isList(first)) {
    const items = Array.from(first.children).filter((child) => child.localName === 'li');
    if (items.length === 0) return null;
    return {
      elements: [
        takeawaysElement(
          document,
          items.map((item) => Array.from(item.childNodes)),
        ),
      ],
      next: start + 1,
    };
  }
  const lines: { line: string; block: number }[] = [];
  for (let index = start; index < Math.min(blocks.length, start + LOOK_AHEAD); index += 1) {
    const block = blocks[index];
    if (!block || !isParagraph(block)) break;
    for (const line of linesOf(block)) lines.push({ line, block: index });
  }
  const items = takeawayItems(lines.map((entry) => entry.line));
  const last = lines[items.length - 1];
  if (items.length === 0 || !last) return null;
  const rest = lines
    .slice(items.length)
    .filter((entry) => entry.block === last.block)
    .map((entry) => entry.line);
  return {
    elements: [takeawaysElement(document, items), ...(rest.length > 0 ? [paragraphElement(document, rest)] : [])],
    next: last.block + 1,
  };
}
