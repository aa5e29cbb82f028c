import { Extension } from '@tiptap/core';
import type { EditorView } from '@tiptap/pm/view';
import { nextFocusableFrom } from './next-focusable';

/** The DOM node at the text cursor (the child at the cursor's offset, or the container when the cursor is at its end). */
function cursorNode(view: EditorView): Node {
  const { node, offset } = view.domAtPos(view.state.selection.head);
  return node.childNodes[offset] ?? node;
}

function moveFocus(view: EditorView, direction: 'forward' | 'backward'): boolean {
  const target = nextFocusableFrom(cursorNode(view), direction, view.dom);
  if (!target) return false;
  target.focus();
  return true;
}

/**
 * Tab and Shift+Tab leave the body in reading order from where the cursor
 * is. A browser starts Tab from the focused element — the editor's root, for
 * any cursor — so it went back up to the first block's buttons (a block's
 * "Remove block" reached from its text further down). Runs after every other
 * Tab binding (list indentation keeps Tab where it applies).
 */
export const TabFromCursor = Extension.create({
  name: 'tabFromCursor',
  priority: 1,

  addKeyboardShortcuts() {
    return {
      Tab: () => moveFocus(this.editor.view, 'forward'),
      'Shift-Tab': () => moveFocus(this.editor.view, 'backward'),
    };
  },
});
