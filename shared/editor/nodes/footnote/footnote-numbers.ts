import type { Node as PmNode } from '@tiptap/pm/model';
import { FOOTNOTE } from './footnote-name';

/** A footnote of a document, where it is and its number. */
export interface NumberedFootnote {
  /** Position just before the note's node. */
  pos: number;
  node: PmNode;
  /** 1, 2, 3… in reading order. */
  number: number;
}

/** Every footnote of `doc` with its number, in reading order (the numbers are never stored). */
export function footnoteNumbers(doc: PmNode): NumberedFootnote[] {
  const notes: NumberedFootnote[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name === FOOTNOTE) {
      notes.push({ pos, node, number: notes.length + 1 });
      return false;
    }
    // Only blocks hold notes: the text of a paragraph is not searched inside.
    return !node.isText;
  });
  return notes;
}
