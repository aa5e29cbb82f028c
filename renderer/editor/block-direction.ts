import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { blockDirectionRanges } from '../../shared/editor/block-direction';

const AUTO = { dir: 'auto' };

/** The `dir="auto"` decorations of the top-level blocks of `doc` that overlap `from`–`to`. */
function decorationsBetween(doc: PmNode, from: number, to: number): Decoration[] {
  const found: Decoration[] = [];
  doc.forEach((block, offset) => {
    if (offset + block.nodeSize < from || offset > to) return;
    for (const range of blockDirectionRanges(block, offset)) found.push(Decoration.node(range.from, range.to, AUTO));
  });
  return found;
}

/** The stretch of `tr.doc` the transaction's steps touched (null when none did). */
function changedStretch(tr: Transaction): { from: number; to: number } | null {
  let from = Infinity;
  let to = -Infinity;
  tr.mapping.maps.forEach((map, index) => {
    const after = tr.mapping.slice(index + 1);
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      from = Math.min(from, after.map(newStart, -1));
      to = Math.max(to, after.map(newEnd, 1));
    });
  });
  return from <= to ? { from, to } : null;
}

export const blockDirectionKey = new PluginKey<DecorationSet>('blockDirection');

/**
 * Each block of the body takes its direction from its own first strong
 * character, as in the exports (shared/editor/block-direction): node
 * decorations give `dir="auto"` to the containers and to the text blocks
 * outside them, so caret moves, selection and Backspace in a right-to-left
 * paragraph are the browser's own. A change re-decorates only the top-level
 * blocks it touched; the rest is mapped.
 */
export const BlockDirection = Extension.create({
  name: 'blockDirection',

  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: blockDirectionKey,
        state: {
          init: (_config, state) => DecorationSet.create(state.doc, decorationsBetween(state.doc, 0, state.doc.content.size)),
          apply: (tr, set) => {
            if (!tr.docChanged) return set;
            const stretch = changedStretch(tr);
            const mapped = set.map(tr.mapping, tr.doc);
            if (stretch === null) return mapped;
            // The whole top-level blocks around the change: a block can change its kind or nesting.
            const $from = tr.doc.resolve(Math.max(0, Math.min(stretch.from, tr.doc.content.size)));
            const $to = tr.doc.resolve(Math.max(0, Math.min(stretch.to, tr.doc.content.size)));
            const from = $from.depth > 0 ? $from.before(1) : $from.pos;
            const to = $to.depth > 0 ? $to.after(1) : $to.pos;
            return mapped.remove(mapped.find(from, to)).add(tr.doc, decorationsBetween(tr.doc, from, to));
          },
        },
        props: {
          decorations: (state) => blockDirectionKey.getState(state),
        },
      }),
    ];
  },
});
