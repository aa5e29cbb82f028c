import type { Node as PmNode, NodeType, ResolvedPos } from '@tiptap/pm/model';
import { Selection, TextSelection, type Transaction } from '@tiptap/pm/state';

/** A node found around a position: the node, where it starts and its depth. */
export interface FoundBlock {
  node: PmNode;
  /** Position just before the node. */
  pos: number;
  depth: number;
}

/** The nearest ancestor of `$pos` of the given type (the innermost one), or null. */
export function ancestorOfType($pos: ResolvedPos, type: NodeType): FoundBlock | null {
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type === type) return { node, pos: $pos.before(depth), depth };
  }
  return null;
}

/** The block of `type` the selection is in, or that a node selection selects. */
export function selectedBlockOfType(tr: Transaction, type: NodeType): FoundBlock | null {
  const { selection } = tr;
  const around = ancestorOfType(selection.$from, type);
  if (around) return around;
  const after = selection.$from.nodeAfter;
  if (after?.type === type && selection.to === selection.from + after.nodeSize) {
    return { node: after, pos: selection.from, depth: selection.$from.depth + 1 };
  }
  return null;
}

/**
 * Inserts a block at the top level of the document where the selection is:
 * it replaces the current top-level block when that is an empty paragraph,
 * otherwise it goes right after that block (text is never split). Returns the
 * position before the inserted block.
 */
export function insertTopLevelBlock(tr: Transaction, block: PmNode): number {
  const { $from } = tr.selection;
  if ($from.depth === 0) {
    const pos = tr.selection.to;
    tr.insert(pos, block);
    return pos;
  }
  const top = $from.node(1);
  const start = $from.before(1);
  if (top.type.name === 'paragraph' && top.content.size === 0) {
    tr.replaceWith(start, start + top.nodeSize, block);
    return start;
  }
  const pos = $from.after(1);
  tr.insert(pos, block);
  return pos;
}

/**
 * Removes the node at `pos`. When it is the only child of its parent, an empty
 * paragraph takes its place (a document is never left without a block). The
 * cursor goes to the nearest text position.
 */
export function removeBlock(tr: Transaction, pos: number, node: PmNode): void {
  const $pos = tr.doc.resolve(pos);
  const paragraph = tr.doc.type.schema.nodes.paragraph;
  if ($pos.parent.childCount === 1 && paragraph) {
    tr.replaceWith(pos, pos + node.nodeSize, paragraph.create());
    tr.setSelection(TextSelection.create(tr.doc, pos + 1));
    return;
  }
  tr.delete(pos, pos + node.nodeSize);
  const at = Math.min(pos, tr.doc.content.size);
  tr.setSelection(Selection.near(tr.doc.resolve(at), at > 0 ? -1 : 1));
}

/**
 * True when `$pos` is at the very start of the textblock that is the first
 * child of the node at `depth` (and the selection is therefore at the start of
 * that block's content).
 */
export function atStartOfFirstChild($pos: ResolvedPos, depth: number): boolean {
  return $pos.depth === depth + 1 && $pos.parentOffset === 0 && $pos.index(depth) === 0;
}

/** True when `$pos` is at the very end of the last textblock inside the node at `depth`. */
export function atEndOfContent($pos: ResolvedPos, depth: number): boolean {
  if ($pos.parentOffset !== $pos.parent.content.size) return false;
  for (let d = depth; d < $pos.depth; d += 1) {
    if ($pos.index(d) !== $pos.node(d).childCount - 1) return false;
  }
  return true;
}
