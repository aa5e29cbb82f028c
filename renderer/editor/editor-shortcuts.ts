import { Extension, type Editor } from '@tiptap/core';
import { Selection, TextSelection } from '@tiptap/pm/state';

export interface EditorShortcutsOptions {
  /** Mod-K: open the link popover. @default no-op */
  onOpenLink: () => void;
}

/**
 * Puts the caret at the start or end of the whole body (extending the
 * selection from its anchor with Shift). The browser's own Ctrl+End stops
 * short when a line ends in an uneditable element such as a note reference.
 */
function toBodyEdge(editor: Editor, end: boolean, extend: boolean): boolean {
  const { state, view } = editor;
  const edge = end ? Selection.atEnd(state.doc) : Selection.atStart(state.doc);
  const selection = extend ? TextSelection.between(state.selection.$anchor, edge.$head) : edge;
  view.dispatch(state.tr.setSelection(selection).scrollIntoView());
  return true;
}

/** Briefdesk's own editor shortcuts (those that open the app's dialogs, and the body's ends). */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'briefdeskShortcuts',

  addOptions() {
    return { onOpenLink: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onOpenLink();
        return true;
      },
      'Mod-End': ({ editor }) => toBodyEdge(editor, true, false),
      'Mod-Home': ({ editor }) => toBodyEdge(editor, false, false),
      'Shift-Mod-End': ({ editor }) => toBodyEdge(editor, true, true),
      'Shift-Mod-Home': ({ editor }) => toBodyEdge(editor, false, true),
    };
  },
});
