import type { Editor } from '@tiptap/core';
import { closeHistory } from '@tiptap/pm/history';
import { removeBlock } from '../../../shared/editor/block-utils';

/** Removes the block node a node view shows (one undo step) and puts the cursor nearby. */
export function removeBlockAt(editor: Editor, getPos: () => number | undefined): void {
  editor
    .chain()
    .command(({ tr }) => {
      const pos = getPos();
      const node = typeof pos === 'number' ? tr.doc.nodeAt(pos) : null;
      if (typeof pos !== 'number' || !node) return false;
      removeBlock(tr, pos, node);
      closeHistory(tr).scrollIntoView();
      return true;
    })
    .focus()
    .run();
}
