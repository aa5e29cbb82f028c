import type { Node as PmNode } from '@tiptap/pm/model';
import { countWordsInText } from '../../shared/model/word-count';

/** Words of each node seen so far (nodes are immutable; an edit keeps the nodes it does not touch). */
const counted = new WeakMap<PmNode, number>();

/** A node's text as `plainTextOf` reads its JSON: inline content joined, blocks and line breaks separated by newlines. */
function plainText(node: PmNode): string {
  if (node.isText) return node.text ?? '';
  if (node.type.name === 'hardBreak') return '\n';
  let holdsText = false;
  node.forEach((child) => {
    holdsText ||= child.isText;
  });
  const parts: string[] = [];
  node.forEach((child) => parts.push(plainText(child)));
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
