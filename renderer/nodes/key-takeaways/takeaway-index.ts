import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { AddMarkStep, RemoveMarkStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { KEY_TAKEAWAYS } from '../../../shared/editor/nodes/key-takeaways';

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
 * True when every step of `tr` only edits text inside one textblock (typing,
 * deleting within a line, marks): no block comes or goes, so every item keeps
 * its place and the decorations only need mapping.
 */
export function editsTextOnly(tr: Transaction): boolean {
  return tr.steps.every((step, index) => {
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return true;
    if (!(step instanceof ReplaceStep)) return false;
    const { slice } = step;
    if (slice.openStart !== 0 || slice.openEnd !== 0) return false;
    let inline = true;
    slice.content.forEach((node) => {
      inline &&= node.isInline;
    });
    if (!inline) return false;
    const doc = tr.docs[index];
    if (!doc) return false;
    const $from = doc.resolve(step.from);
    return $from.parent.inlineContent && $from.sameParent(doc.resolve(step.to));
  });
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
      // Typing only moves the items: map their decorations instead of walking the document again.
      apply: (tr, set) => {
        if (!tr.docChanged) return set;
        return editsTextOnly(tr) ? set.map(tr.mapping, tr.doc) : placeDecorations(tr.doc);
      },
    },
    props: {
      decorations: (state) => takeawayIndexKey.getState(state),
    },
  });
}
