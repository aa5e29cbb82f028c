import { mergeAttributes, Node } from '@tiptap/core';
import { Fragment, type Node as PmNode, type NodeType, type Schema } from '@tiptap/pm/model';
import { NodeSelection, type Transaction } from '@tiptap/pm/state';
import { requireNodeType } from '../require-node-type';
import { FOOTNOTE } from './footnote-name';

export interface FootnoteOptions {
  /**
   * Extra HTML attributes on the note's `<span>`.
   * @default {}
   */
  HTMLAttributes: Record<string, unknown>;
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /**
       * Inserts a footnote at the end of the selection (the selected text
       * stays) holding `text`, and selects it, so the note can be typed at
       * once. Not possible where inline nodes cannot go (a code block).
       * @example editor.commands.insertFootnote()
       */
      insertFootnote: (text?: string) => ReturnType;
    };
  }
}

/** The shortcut that inserts a footnote: free in the app (find, replace and focus mode take Mod-F, Mod-H, Mod-Alt-F, Mod-Shift-F) and in Chromium. */
export const FOOTNOTE_SHORTCUT = 'Mod-Alt-r';

/** A footnote node holding `text` (no text: an empty note), for `schema`. */
export function createFootnote(schema: Schema, text = ''): PmNode {
  const content = text === '' ? Fragment.empty : Fragment.from(schema.text(text));
  return requireNodeType(schema, FOOTNOTE).create(null, content);
}

/** Whether a footnote can stand in `parent` at child `index` (inline content that allows it: not a code block). */
function canHoldFootnote(parent: PmNode, index: number, type: NodeType): boolean {
  return parent.inlineContent && parent.canReplaceWith(index, index, type);
}

/**
 * Inserts `note` at the end of the selection and selects it. False (nothing
 * changed) when a footnote cannot stand there.
 */
export function insertFootnoteAt(tr: Transaction, note: PmNode): boolean {
  const pos = tr.selection.to;
  const $pos = tr.doc.resolve(pos);
  if (!canHoldFootnote($pos.parent, $pos.index(), note.type)) return false;
  tr.insert(pos, note);
  tr.setSelection(NodeSelection.create(tr.doc, pos));
  tr.scrollIntoView();
  return true;
}

/**
 * A footnote: the note's text (with emphasis and links, lines kept by hard
 * breaks) stored where its reference stands, as an inline atom. Its number is
 * never stored: it is its place among the document's notes (see
 * `footnoteNumbers`), so notes renumber themselves as text moves, is cut,
 * pasted or undone. The note belongs to the text around it — a block's
 * identity and a revision hold it whole, there is no list of notes to drift
 * from the text. Rendered (schema only) as
 * `<span class="footnote" data-type="footnote">the note</span>`; exports turn
 * those into numbered references and a list of notes (`renderEndnotes`).
 *
 * Mod-Alt-r inserts one at the caret.
 */
export const Footnote = Node.create<FootnoteOptions>({
  name: FOOTNOTE,
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,
  // Text with its marks and line breaks; never another note, an image or a block.
  content: '(text | hardBreak)*',

  addOptions() {
    return { HTMLAttributes: {} };
  },

  parseHTML() {
    return [{ tag: 'span[data-type="footnote"]' }];
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ class: 'footnote', 'data-type': 'footnote' }, this.options.HTMLAttributes, HTMLAttributes), 0];
  },

  addCommands() {
    return {
      insertFootnote:
        (text = '') =>
        ({ tr, state, dispatch }) => {
          const note = createFootnote(state.schema, text);
          if (dispatch) return insertFootnoteAt(tr, note);
          const $pos = state.doc.resolve(state.selection.to);
          return canHoldFootnote($pos.parent, $pos.index(), note.type);
        },
    };
  },

  addKeyboardShortcuts() {
    return { [FOOTNOTE_SHORTCUT]: () => this.editor.commands.insertFootnote() };
  },
});
