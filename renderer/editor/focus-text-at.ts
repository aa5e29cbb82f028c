import type { Editor } from '@tiptap/core';

/**
 * Puts the cursor at `pos`, scrolled into view, and gives the editor the
 * focus at once. TipTap's `focus` command waits for the next animation frame,
 * so keys typed right after a click on a handle or Enter in a field would
 * still go to the element that had the focus (and be lost there).
 */
export function focusTextAt(editor: Editor, pos: number): void {
  editor.chain().setTextSelection(pos).scrollIntoView().run();
  editor.view.focus();
}
