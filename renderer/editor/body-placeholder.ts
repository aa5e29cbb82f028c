import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { EDITORS_DESK } from '../../shared/editor/nodes/editors-desk';
import { KEY_TAKEAWAYS } from '../../shared/editor/nodes/key-takeaways';

/** What the empty body says, under the blocks or alone. */
export const BODY_PLACEHOLDER = 'Write the brief… (type / for Key Takeaways or Editor’s Desk)';

/** The blocks a body is laid out with before its text: the brief's own blocks and a template's section headings. */
const STRUCTURE = new Set([KEY_TAKEAWAYS, EDITORS_DESK, 'heading']);

const isEmptyParagraph = (node: PmNode): boolean => node.type.name === 'paragraph' && node.childCount === 0;

/**
 * Where the body's text starts while none is written: the first empty
 * top-level paragraph after the last block (Key Takeaways, Editor's Desk, a
 * heading), or null once the body holds anything else (a paragraph with
 * text, a list, an image…: then it speaks for itself). A template's section
 * headings do not count as written text.
 */
export function bodyPlaceholderPos(doc: PmNode): number | null {
  let candidate: number | null = null;
  let written = false;
  doc.forEach((node, offset) => {
    if (isEmptyParagraph(node)) {
      candidate ??= offset;
      return;
    }
    if (!STRUCTURE.has(node.type.name)) written = true;
    candidate = null;
  });
  return written ? null : candidate;
}

const key = new PluginKey('bodyPlaceholder');

/** Shows BODY_PLACEHOLDER in the empty paragraph where the body goes, below the blocks (class `is-body-placeholder`). */
export const BodyPlaceholder = Extension.create({
  name: 'bodyPlaceholder',
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key,
        props: {
          decorations: ({ doc }) => {
            const pos = editor.isEditable ? bodyPlaceholderPos(doc) : null;
            if (pos === null) return DecorationSet.empty;
            const node = doc.nodeAt(pos);
            if (!node) return DecorationSet.empty;
            return DecorationSet.create(doc, [
              Decoration.node(pos, pos + node.nodeSize, { class: 'is-body-placeholder', 'data-placeholder': BODY_PLACEHOLDER }),
            ]);
          },
        },
      }),
    ];
  },
});
