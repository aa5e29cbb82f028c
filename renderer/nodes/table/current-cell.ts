import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { TABLE_CELL, TABLE_HEADER } from '../../../shared/editor/nodes/table';

const currentCellKey = new PluginKey<DecorationSet>('tableCurrentCell');

/** The innermost table cell holding the caret, marked `is-current-cell`; nothing for a selection of cells (prosemirror-tables marks those). */
function currentCell(state: EditorState): DecorationSet {
  const { $head } = state.selection;
  for (let depth = $head.depth; depth > 0; depth -= 1) {
    const node = $head.node(depth);
    if (node.type.name === TABLE_CELL || node.type.name === TABLE_HEADER) {
      const from = $head.before(depth);
      return DecorationSet.create(state.doc, [Decoration.node(from, from + node.nodeSize, { class: 'is-current-cell' })]);
    }
  }
  return DecorationSet.empty;
}

/** Marks the table cell the caret is in, so the analyst sees where Tab and the table buttons act. */
export function currentCellPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: currentCellKey,
    state: {
      init: (_config, state) => currentCell(state),
      apply: (tr, previous, _old, state) => (tr.docChanged || tr.selectionSet ? currentCell(state) : previous),
    },
    props: {
      decorations: (state) => currentCellKey.getState(state),
    },
  });
}
