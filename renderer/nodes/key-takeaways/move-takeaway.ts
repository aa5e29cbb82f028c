import { closeHistory } from '@tiptap/pm/history';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { KEY_TAKEAWAYS } from '../../../shared/editor/nodes/key-takeaways';

/** Where an item ends up when dropped at insertion point `to` (0…count) of its block, coming from `from`. */
export function finalIndex(from: number, to: number): number {
  return to > from ? to - 1 : to;
}

/**
 * Moves item `from` of the Key Takeaways block at `blockPos` to insertion
 * point `to` (0 = before the first item, count = after the last), leaving the
 * cursor at the end of the moved item. One undo step. False (and nothing
 * changes) when the block or indices are wrong or the item would stay put.
 */
export function moveTakeawayTo(tr: Transaction, blockPos: number, from: number, to: number): boolean {
  const block = tr.doc.nodeAt(blockPos);
  if (!block || block.type.name !== KEY_TAKEAWAYS) return false;
  if (from < 0 || from >= block.childCount || to < 0 || to > block.childCount) return false;
  const target = finalIndex(from, to);
  if (target === from) return false;

  const item = block.child(from);
  let itemPos = blockPos + 1;
  for (let i = 0; i < from; i += 1) itemPos += block.child(i).nodeSize;
  tr.delete(itemPos, itemPos + item.nodeSize);

  let insertPos = blockPos + 1;
  const shrunk = tr.doc.nodeAt(blockPos);
  if (!shrunk) return false;
  for (let i = 0; i < target; i += 1) insertPos += shrunk.child(i).nodeSize;
  tr.insert(insertPos, item);
  tr.setSelection(TextSelection.create(tr.doc, insertPos + 1 + item.content.size));
  closeHistory(tr).scrollIntoView();
  return true;
}

/** Moves item `index` one place up (-1) or down (1) within the block at `blockPos`. */
export function stepTakeaway(tr: Transaction, blockPos: number, index: number, direction: -1 | 1): boolean {
  return moveTakeawayTo(tr, blockPos, index, direction < 0 ? index - 1 : index + 2);
}
