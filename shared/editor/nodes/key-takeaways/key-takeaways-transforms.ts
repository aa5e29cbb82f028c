import { Fragment, type Mark, type Node as PmNode, type NodeType, type ResolvedPos } from '@tiptap/pm/model';
import { TextSelection, type Transaction } from '@tiptap/pm/state';
import { ancestorOfType, removeBlock } from '../../block-utils';

/** Where the selection sits in a Key Takeaways block. */
export interface TakeawayContext {
  block: PmNode;
  /** Position before the `keyTakeaways` node. */
  blockPos: number;
  item: PmNode;
  /** Position before the current `takeaway` node. */
  itemPos: number;
  index: number;
}

/** The takeaway item `$pos` is in (directly, as its text position), or null. */
export function takeawayContextAt($pos: ResolvedPos, takeaway: NodeType): TakeawayContext | null {
  if ($pos.parent.type !== takeaway || $pos.depth < 2) return null;
  const depth = $pos.depth;
  return {
    block: $pos.node(depth - 1),
    blockPos: $pos.before(depth - 1),
    item: $pos.parent,
    itemPos: $pos.before(depth),
    index: $pos.index(depth - 1),
  };
}

/** Puts the cursor at `offset` (clamped) in the item that starts at `itemPos`. */
function cursorInItem(tr: Transaction, itemPos: number, offset: number): void {
  const item = tr.doc.nodeAt(itemPos);
  const size = item ? item.content.size : 0;
  tr.setSelection(TextSelection.create(tr.doc, itemPos + 1 + Math.max(0, Math.min(offset, size))));
}

/** A `keyTakeaways` node with one item per text (one empty item when none). */
export function createTakeawaysBlock(blockType: NodeType, itemType: NodeType, items: readonly string[]): PmNode {
  const schema = blockType.schema;
  const texts = items.length > 0 ? items : [''];
  const children = texts.map((text) => {
    const clean = text.replace(/\s+/g, ' ').trim();
    return itemType.create(null, clean ? schema.text(clean) : null);
  });
  return blockType.create(null, children);
}

/** Inserts an empty item after the current one and moves the cursor into it. */
export function addItemAfter(tr: Transaction, cx: TakeawayContext, itemType: NodeType): void {
  const pos = cx.itemPos + cx.item.nodeSize;
  tr.insert(pos, itemType.create());
  cursorInItem(tr, pos, 0);
}

/** Swaps the current item with its neighbour (`-1` up, `1` down); false at an edge. */
export function moveItem(tr: Transaction, cx: TakeawayContext, direction: -1 | 1): boolean {
  const otherIndex = cx.index + direction;
  if (otherIndex < 0 || otherIndex >= cx.block.childCount) return false;
  const other = cx.block.child(otherIndex);
  const { $from, $to } = tr.selection;
  const fromOffset = $from.parentOffset;
  const toOffset = $to.parent === cx.item ? $to.parentOffset : fromOffset;
  const start = direction < 0 ? cx.itemPos - other.nodeSize : cx.itemPos;
  const end = start + other.nodeSize + cx.item.nodeSize;
  const pair = direction < 0 ? [cx.item, other] : [other, cx.item];
  tr.replaceWith(start, end, Fragment.fromArray(pair));
  const newItemPos = direction < 0 ? start : start + other.nodeSize;
  tr.setSelection(TextSelection.create(tr.doc, newItemPos + 1 + fromOffset, newItemPos + 1 + toOffset));
  return true;
}

/**
 * Removes the current item: the cursor goes to the end of the previous item,
 * or to the start of the next one when the first item goes. Removing the only
 * item removes the block, leaving an empty paragraph in its place.
 */
export function removeItem(tr: Transaction, cx: TakeawayContext): void {
  const paragraph = tr.doc.type.schema.nodes.paragraph;
  if (cx.block.childCount === 1) {
    if (paragraph) {
      tr.replaceWith(cx.blockPos, cx.blockPos + cx.block.nodeSize, paragraph.create());
      tr.setSelection(TextSelection.create(tr.doc, cx.blockPos + 1));
    } else {
      removeBlock(tr, cx.blockPos, cx.block);
    }
    return;
  }
  tr.delete(cx.itemPos, cx.itemPos + cx.item.nodeSize);
  if (cx.index > 0) {
    const previous = cx.block.child(cx.index - 1);
    const previousPos = cx.itemPos - previous.nodeSize;
    cursorInItem(tr, previousPos, previous.content.size);
  } else {
    cursorInItem(tr, cx.itemPos, 0);
  }
}

/**
 * Leaves the block from its empty last item: the item goes and a new paragraph
 * follows the block with the cursor in it.
 */
export function exitFromLastItem(tr: Transaction, cx: TakeawayContext): void {
  const paragraph = tr.doc.type.schema.nodes.paragraph;
  if (cx.block.childCount === 1 || !paragraph) {
    removeItem(tr, cx);
    return;
  }
  tr.delete(cx.itemPos, cx.itemPos + cx.item.nodeSize);
  const after = cx.blockPos + cx.block.nodeSize - cx.item.nodeSize;
  tr.insert(after, paragraph.create());
  tr.setSelection(TextSelection.create(tr.doc, after + 1));
}

/**
 * Splits the current item at the cursor (after deleting any selected text),
 * carrying the marks named in `splittableMarks` into the new item.
 */
export function splitItem(tr: Transaction, takeaway: NodeType, splittableMarks: readonly string[]): boolean {
  if (!tr.selection.empty) tr.deleteSelection();
  const { $from } = tr.selection;
  if ($from.parent.type !== takeaway) return false;
  const marks: readonly Mark[] | null = tr.storedMarks ?? ($from.parentOffset > 0 ? $from.marks() : null);
  tr.split($from.pos);
  tr.setSelection(TextSelection.create(tr.doc, $from.pos + 2));
  if (marks) tr.ensureMarks(marks.filter((mark) => splittableMarks.includes(mark.type.name)));
  return true;
}

/** A planned conversion of an ordered list into a Key Takeaways block. */
export interface ListConversion {
  /** Position before the list. */
  pos: number;
  /** Size of the list node. */
  size: number;
  block: PmNode;
  /** Item and offset the cursor goes to. */
  itemIndex: number;
  offset: number;
}

/**
 * Plans turning the plain ordered list around the selection (every item one
 * paragraph) into a Key Takeaways block, keeping the marks a takeaway allows
 * and the cursor's place. Null when there is no such list.
 */
export function planListConversion(tr: Transaction, blockType: NodeType, itemType: NodeType): ListConversion | null {
  const orderedList = blockType.schema.nodes.orderedList;
  if (!orderedList) return null;
  const { $from } = tr.selection;
  const list = ancestorOfType($from, orderedList);
  if (!list || list.node.childCount === 0) return null;
  const items: PmNode[] = [];
  let ok = true;
  list.node.forEach((listItem) => {
    const paragraph = listItem.firstChild;
    if (!ok || listItem.childCount !== 1 || !paragraph || paragraph.type.name !== 'paragraph') {
      ok = false;
      return;
    }
    const inline: PmNode[] = [];
    paragraph.forEach((child) => inline.push(child.mark(itemType.allowedMarks(child.marks))));
    const content = Fragment.fromArray(inline);
    if (itemType.validContent(content)) items.push(itemType.create(null, content));
    else ok = false;
  });
  if (!ok) return null;
  const $list = tr.doc.resolve(list.pos);
  if (!$list.parent.canReplaceWith($list.index(), $list.index() + 1, blockType)) return null;
  return {
    pos: list.pos,
    size: list.node.nodeSize,
    block: blockType.create(null, items),
    itemIndex: $from.depth > list.depth ? $from.index(list.depth) : 0,
    offset: $from.depth === list.depth + 2 ? $from.parentOffset : 0,
  };
}

/** Carries out a planned list conversion. */
export function applyListConversion(tr: Transaction, plan: ListConversion): void {
  tr.replaceWith(plan.pos, plan.pos + plan.size, plan.block);
  let itemPos = plan.pos + 1;
  for (let i = 0; i < plan.itemIndex; i += 1) itemPos += plan.block.child(i).nodeSize;
  cursorInItem(tr, itemPos, plan.offset);
}
