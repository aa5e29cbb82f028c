import { Extension } from '@tiptap/core';
import { Plugin, TextSelection } from '@tiptap/pm/state';
import type { EditorView } from '@tiptap/pm/view';

/** The element a DOM position is in. */
const elementOf = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement);

/**
 * The browser's selection in the body's own text, as document positions, or
 * null when it lies elsewhere (outside the body, in a note's own editor, in
 * a field of a block's chrome).
 */
function domSelectionIn(view: EditorView): { anchor: number; head: number } | null {
  const selection = view.dom.ownerDocument.getSelection();
  const { anchorNode, focusNode } = selection ?? {};
  if (!selection || !anchorNode || !focusNode) return null;
  const ownText = (node: Node): boolean => elementOf(node)?.closest('[contenteditable]') === view.dom;
  if (!ownText(anchorNode) || !ownText(focusNode)) return null;
  try {
    return { anchor: view.posAtDOM(anchorNode, selection.anchorOffset), head: view.posAtDOM(focusNode, selection.focusOffset) };
  } catch {
    return null;
  }
}

/**
 * Brings the editor's selection up to the browser's before a copy, cut,
 * paste or key is handled. The editor reads caret moves made by the browser
 * (a click, Home, Shift+End, arrows) when the `selectionchange` event comes,
 * and on a busy machine a Ctrl+X or an Alt+Up can be handled before it: the
 * cut then took the old, empty selection and cut nothing, and the takeaway
 * moved was the one the caret was in before the click. Text selections only;
 * a selected node, or a selection the browser shows elsewhere, is left as it
 * is; keys typed into an input method's composition are left to it.
 */
export const SelectionFromDom = Extension.create({
  name: 'selectionFromDom',
  // Before every other copy, cut, paste and key handler.
  priority: 1100,

  addProseMirrorPlugins() {
    const sync = (view: EditorView): boolean => {
      const { state } = view;
      if (!(state.selection instanceof TextSelection) || !view.hasFocus()) return false;
      const shown = domSelectionIn(view);
      if (!shown || (shown.anchor === state.selection.anchor && shown.head === state.selection.head)) return false;
      const $anchor = state.doc.resolve(shown.anchor);
      const $head = state.doc.resolve(shown.head);
      if (!$anchor.parent.inlineContent || !$head.parent.inlineContent) return false;
      view.dispatch(state.tr.setSelection(TextSelection.between($anchor, $head)));
      return false;
    };
    return [
      new Plugin({
        props: {
          handleDOMEvents: {
            copy: sync,
            cut: sync,
            paste: sync,
            keydown: (view, event) => (event.isComposing || view.composing ? false : sync(view)),
          },
        },
      }),
    ];
  },
});
