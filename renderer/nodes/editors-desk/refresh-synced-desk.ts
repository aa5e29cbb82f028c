import type { Editor } from '@tiptap/core';
import type { Node as PmNode, Schema } from '@tiptap/pm/model';
import { deskNodeFromBlock, EDITORS_DESK, editorsDeskAttributes } from '../../../shared/editor/nodes/editors-desk';
import type { DeskBlockSource } from '../../../shared/model/desk-block';
import { SYNCED_DESK_UPDATE } from './synced-desk-guard';

/** The desk node a library block makes in this schema, or null when it does not fit (kept as last known, then). */
function deskNodeOf(schema: Schema, block: DeskBlockSource, ref: string): PmNode | null {
  try {
    const node = schema.nodeFromJSON(deskNodeFromBlock(block, ref));
    node.check();
    return node;
  } catch {
    return null;
  }
}

/**
 * Brings the synced desk at `pos` up to date with its library block: its
 * attributes and text become the block's (its last known copy, saved with
 * the brief). Not an undo step. Returns true when something changed; false
 * when the desk already matches, or `pos` holds no desk synced to `ref`.
 */
export function refreshSyncedDesk(editor: Editor, pos: number, ref: string, block: DeskBlockSource): boolean {
  if (editor.isDestroyed) return false;
  const { state } = editor;
  const desk = state.doc.nodeAt(pos);
  if (!desk || desk.type.name !== EDITORS_DESK || editorsDeskAttributes(desk).libraryRef !== ref) return false;
  const fresh = deskNodeOf(state.schema, block, ref);
  if (!fresh || desk.eq(fresh)) return false;
  const tr = state.tr
    .setNodeMarkup(pos, undefined, fresh.attrs)
    .replaceWith(pos + 1, pos + desk.nodeSize - 1, fresh.content)
    .setMeta(SYNCED_DESK_UPDATE, true)
    .setMeta('addToHistory', false);
  editor.view.dispatch(tr);
  return true;
}
