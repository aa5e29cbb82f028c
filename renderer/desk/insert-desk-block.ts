import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import { deskNodeFromBlock } from '../../shared/editor/nodes/editors-desk';
import type { DeskBlock } from '../../shared/model/desk-block';
import { insertTopLevelBlock } from '../../shared/editor/block-utils';

/** 'synced' follows the library block; 'copy' is the block's text, the brief's own from then on. */
export type DeskInsertMode = 'synced' | 'copy';

/**
 * Inserts a desk-library block into the body as an Editor's Desk at the
 * cursor (replacing an empty paragraph, otherwise after the current
 * top-level block). Returns false when the editor is gone.
 */
export function insertDeskBlock(editor: Editor, block: DeskBlock, mode: DeskInsertMode): boolean {
  if (editor.isDestroyed) return false;
  return editor
    .chain()
    .focus()
    .command(({ tr, state, dispatch }) => {
      const desk = state.schema.nodeFromJSON(deskNodeFromBlock(block, mode === 'synced' ? block.id : null));
      if (dispatch) {
        const pos = insertTopLevelBlock(tr, desk);
        // The cursor goes just after the block (synced bodies are read-only).
        tr.setSelection(TextSelection.near(tr.doc.resolve(Math.min(pos + desk.nodeSize, tr.doc.content.size))));
        tr.scrollIntoView();
      }
      return true;
    })
    .run();
}
