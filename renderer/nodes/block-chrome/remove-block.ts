import type { Editor } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { closeHistory } from '@tiptap/pm/history';
import { removeBlock } from '../../../shared/editor/block-utils';

/** A block just removed: enough to put it back. */
export interface RemovedBlock {
  node: PmNode;
  /** Where it stood. */
  pos: number;
  /** The document right after the removal (while it is unchanged, undo is exact). */
  docAfter: PmNode;
}

/** Removes the block node a node view shows (one undo step) and puts the cursor nearby. */
export function removeBlockAt(editor: Editor, getPos: () => number | undefined): RemovedBlock | null {
  const found: { node: PmNode; pos: number }[] = [];
  const done = editor
    .chain()
    .command(({ tr }) => {
      const pos = getPos();
      const node = typeof pos === 'number' ? tr.doc.nodeAt(pos) : null;
      if (typeof pos !== 'number' || !node) return false;
      removeBlock(tr, pos, node);
      closeHistory(tr).scrollIntoView();
      found.push({ node, pos });
      return true;
    })
    .focus()
    .run();
  const removed = found[0];
  return done && removed ? { ...removed, docAfter: editor.state.doc } : null;
}

/**
 * Puts a removed block back: the editor's own undo while nothing changed
 * since (so redo works as usual), else the block inserted again where it
 * stood, at the nearest boundary between top-level blocks.
 */
export function restoreRemovedBlock(editor: Editor, removed: RemovedBlock): void {
  if (editor.state.doc.eq(removed.docAfter)) {
    editor.chain().focus().undo().run();
    return;
  }
  editor
    .chain()
    .command(({ tr }) => {
      const $at = tr.doc.resolve(Math.min(removed.pos, tr.doc.content.size));
      tr.insert($at.depth === 0 ? $at.pos : $at.before(1), removed.node).scrollIntoView();
      return true;
    })
    .focus()
    .run();
}
