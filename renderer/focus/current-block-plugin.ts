import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';

export const currentBlockKey = new PluginKey('focusCurrentBlock');

/** Marks the top-level block holding the caret (`focus-current`), so focus mode can dim the others. */
export function currentBlockPlugin(): Plugin {
  return new Plugin({
    key: currentBlockKey,
    props: {
      decorations(state) {
        const $head = state.selection.$head;
        if ($head.depth === 0) return DecorationSet.empty;
        const start = $head.before(1);
        const node = state.doc.child($head.index(0));
        return DecorationSet.create(state.doc, [Decoration.node(start, start + node.nodeSize, { class: 'focus-current' })]);
      },
    },
  });
}
