import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { KEY_TAKEAWAYS } from '../../shared/editor/key-takeaways';

/** Where an item sits in its block, handed to its node view through a decoration. */
export interface TakeawayPlace {
  index: number;
  count: number;
}

export const takeawayIndexKey = new PluginKey<DecorationSet>('takeawayIndex');

function placeDecorations(doc: PmNode): DecorationSet {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== KEY_TAKEAWAYS) return !node.isTextblock;
    node.forEach((item, offset, index) => {
      const from = pos + 1 + offset;
      const place: TakeawayPlace = { index, count: node.childCount };
      decorations.push(Decoration.node(from, from + item.nodeSize, {}, { takeawayPlace: place }));
    });
    return false;
  });
  return DecorationSet.create(doc, decorations);
}

/** The place of an item, read from the decorations its node view was given. */
export function takeawayPlaceOf(decorations: readonly Decoration[]): TakeawayPlace | null {
  for (const decoration of decorations) {
    const spec: unknown = decoration.spec;
    if (typeof spec !== 'object' || spec === null || !('takeawayPlace' in spec)) continue;
    const place: unknown = spec.takeawayPlace;
    if (typeof place === 'object' && place !== null && 'index' in place && 'count' in place) {
      const { index, count } = place;
      if (typeof index === 'number' && typeof count === 'number') return { index, count };
    }
  }
  return null;
}

/** True when two decoration lists give an item different places. */
export function placeChanged(before: readonly Decoration[], after: readonly Decoration[]): boolean {
  const a = takeawayPlaceOf(before);
  const b = takeawayPlaceOf(after);
  return a?.index !== b?.index || a?.count !== b?.count;
}

/**
 * Tells each takeaway's node view its number: item views are separate React
 * trees, and an item's position can stay put while its number changes.
 */
export function takeawayIndexPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: takeawayIndexKey,
    state: {
      init: (_config, state) => placeDecorations(state.doc),
      apply: (tr, set) => (tr.docChanged ? placeDecorations(tr.doc) : set),
    },
    props: {
      decorations: (state) => takeawayIndexKey.getState(state),
    },
  });
}
