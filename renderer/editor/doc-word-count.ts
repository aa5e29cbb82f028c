import type { Node as PmNode } from '@tiptap/pm/model';
import { FOOTNOTE } from '../../shared/editor/nodes/footnote';
import { countWordsInText, type NoteWords } from '../../shared/model/word-count';

/** Words of each node seen so far (nodes are immutable; an edit keeps the nodes it does not touch). */
const counted = new WeakMap<PmNode, number>();

/** A node's text as `plainTextOf` reads its JSON: inline content joined, blocks and line breaks separated by newlines, footnotes left out. */
function plainText(node: PmNode): string {
  if (node.isText) return node.text ?? '';
  if (node.type.name === 'hardBreak') return '\n';
  let holdsText = false;
  node.forEach((child) => {
    holdsText ||= child.isText;
  });
  const parts: string[] = [];
  node.forEach((child) => {
    if (child.type.name !== FOOTNOTE) parts.push(plainText(child));
  });
  return parts.join(holdsText ? '' : '\n');
}

/**
 * Word count of a document, the same as `countWords` of its JSON, counted
 * incrementally: a node that holds text is counted as a whole, any other
 * node is the sum of its children (no word spans a block), and each node's
 * count is remembered, so after a keystroke only the edited block is counted.
 */
export function docWordCount(node: PmNode): number {
  const known = counted.get(node);
  if (known !== undefined) return known;
  let holdsText = false;
  node.forEach((child) => {
    holdsText ||= child.isText;
  });
  let words = 0;
  if (holdsText) words = countWordsInText(plainText(node));
  else {
    node.forEach((child) => {
      words += docWordCount(child);
    });
  }
  counted.set(node, words);
  return words;
}

/** Notes and their words of each node seen so far (as `counted`). */
const notesCounted = new WeakMap<PmNode, NoteWords>();

/**
 * The footnotes of a document and their words, the same as `noteWords` of
 * its JSON, remembered per node as `docWordCount` does, so a keystroke
 * recounts only the edited block.
 */
export function docNoteWords(node: PmNode): NoteWords {
  const known = notesCounted.get(node);
  if (known !== undefined) return known;
  const count: NoteWords = { notes: 0, words: 0 };
  if (node.type.name === FOOTNOTE) {
    count.notes = 1;
    count.words = countWordsInText(plainText(node));
  } else if (!node.isText) {
    node.forEach((child) => {
      const inner = docNoteWords(child);
      count.notes += inner.notes;
      count.words += inner.words;
    });
  }
  notesCounted.set(node, count);
  return count;
}
