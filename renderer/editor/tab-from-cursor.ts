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
export const TabFromCursor = Extension.create<object, { onControlKeyDown: ((event: KeyboardEvent) => void) | null }>({
  name: 'tabFromCursor',
  priority: 1,

  addStorage() {
    return { onControlKeyDown: null };
  },

  /**
   * Shift+Tab from the body's first control (the first block's "Remove
   * block", say) goes to the control before the body: the browser would go to the editor's
   * root, and Shift+Tab from there (the cursor after that control) straight
   * back to it — a loop with no way back up to the toolbar.
   */
  onCreate() {
    const root = this.editor.view.dom;
    const onControlKeyDown = (event: KeyboardEvent): void => {
      const control = event.target;
      if (event.key !== 'Tab' || !event.shiftKey || event.defaultPrevented || !(control instanceof HTMLElement)) return;
      if (control === root || control.isContentEditable) return;
      const target = nextFocusableFrom(control, 'backward', root);
      // Another control of the body before it: the browser gets there itself.
      if (!target || root.contains(target)) return;
      event.preventDefault();
      target.focus();
    };
    root.addEventListener('keydown', onControlKeyDown);
    this.storage.onControlKeyDown = onControlKeyDown;
  },

  onDestroy() {
    const handler = this.storage.onControlKeyDown;
    if (handler) this.editor.view.dom.removeEventListener('keydown', handler);
  },

  addKeyboardShortcuts() {
    return {
      Tab: () => moveFocus(this.editor.view, 'forward'),
      'Shift-Tab': () => moveFocus(this.editor.view, 'backward'),
    };
  },
});
