import { Editor, Extension, type JSONContent } from '@tiptap/core';
import { UndoRedo } from '@tiptap/extensions';
import { bodyExtensions } from '../../../shared/editor/body-extensions';
import { syncedDeskGuard } from '../../../renderer/nodes/editors-desk/synced-desk-guard';
import { takeawayDragPlugin } from '../../../renderer/nodes/key-takeaways/takeaway-drag';
import { takeawayIndexPlugin } from '../../../renderer/nodes/key-takeaways/takeaway-index';
import { OrderedListPasteOffer } from '../../../renderer/editor/ordered-list-paste';
import { SlashMenu } from '../../../renderer/editor/slash-menu';

/** The renderer's editing plugins for the blocks, without the React node views (no DOM rendering needed). */
const BlockPlugins = Extension.create({
  name: 'rendererBlockPlugins',
  addProseMirrorPlugins() {
    const desk = this.editor.schema.nodes.editorsDesk;
    return [takeawayIndexPlugin(), takeawayDragPlugin(), ...(desk ? [syncedDeskGuard(desk)] : [])];
  },
});

/** A headless editor with the body schema, undo and the renderer's block plugins (slash menu, paste offer…). */
export function makeRendererEditor(content?: JSONContent): Editor {
  return new Editor({
    extensions: [...bodyExtensions(), BlockPlugins, SlashMenu, OrderedListPasteOffer, UndoRedo],
    content: content ?? null,
  });
}

/** Position just before the first node named `type`. */
export function posOf(editor: Editor, type: string, nth = 0): number {
  let seen = 0;
  let found: number | null = null;
  editor.state.doc.descendants((node, pos) => {
    if (found !== null) return false;
    if (node.type.name === type) {
      if (seen === nth) found = pos;
      seen += 1;
    }
    return true;
  });
  if (found === null) throw new Error(`no ${type} #${nth}`);
  return found;
}

/** Types text at the cursor the way input does (one transaction). */
export function typeText(editor: Editor, text: string): void {
  editor.view.dispatch(editor.state.tr.insertText(text));
}
