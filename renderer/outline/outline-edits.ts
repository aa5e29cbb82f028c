import type { Transaction } from '@tiptap/pm/state';
import { isPlainText } from './outline-model';

/**
 * Replaces the text of item `index` of the Key Takeaways block at `blockPos`
 * with plain `text`. Refuses (false) an item with formatting or other inline
 * content, which plain text would lose.
 */
export function setTakeawayText(tr: Transaction, blockPos: number, index: number, text: string): boolean {
  const block = tr.doc.nodeAt(blockPos);
  if (!block || index < 0 || index >= block.childCount) return false;
  const item = block.child(index);
  if (!isPlainText(item)) return false;
  let itemPos = blockPos + 1;
  for (let i = 0; i < index; i += 1) itemPos += block.child(i).nodeSize;
  const clean = text.replace(/[\r\n]+/g, ' ');
  if (clean === item.textContent) return false;
  const from = itemPos + 1;
  const to = from + item.content.size;
  if (clean === '') tr.delete(from, to);
  else tr.replaceWith(from, to, tr.doc.type.schema.text(clean));
  return true;
}
