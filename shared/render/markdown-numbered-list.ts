import type { Node as PmNode } from '@tiptap/pm/model';
import type { MarkdownSerializerState } from 'prosemirror-markdown';

/** Writes the children of `node` as a numbered list from `start`, the numbers right-aligned. */
export function writeNumberedList(state: MarkdownSerializerState, node: PmNode, start: number): void {
  const width = String(start + node.childCount - 1).length;
  state.renderList(node, state.repeat(' ', width + 2), (index) => {
    const number = String(start + index);
    return `${state.repeat(' ', width - number.length)}${number}. `;
  });
}
