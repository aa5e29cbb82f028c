import type { Node as PmNode, NodeType } from '@tiptap/pm/model';
import { type EditorState, Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { ReplaceAroundStep, ReplaceStep } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { footnoteNumbers } from '../../../shared/editor/nodes/footnote';

export const footnoteNumbersKey = new PluginKey<DecorationSet>('footnoteNumbers');

/** A note of the open document: where it is, its node and its number. */
export interface LiveFootnote {
  pos: number;
  node: PmNode;
  number: number;
}

function numberDecorations(doc: PmNode): DecorationSet {
  return DecorationSet.create(
    doc,
    footnoteNumbers(doc).map(({ pos, node, number }) => Decoration.node(pos, pos + node.nodeSize, {}, { footnoteNumber: number })),
  );
}

/** The number a footnote's node view was given (through its decorations), or null. */
export function footnoteNumberOf(decorations: readonly Decoration[]): number | null {
  for (const decoration of decorations) {
    const spec: unknown = decoration.spec;
    if (typeof spec === 'object' && spec !== null && 'footnoteNumber' in spec && typeof spec.footnoteNumber === 'number') {
      return spec.footnoteNumber;
    }
  }
  return null;
}

/** Whether a fragment holds a node of `type`. */
function holds(content: PmNode['content'], type: NodeType): boolean {
  let found = false;
  content.descendants((node) => {
    found ||= node.type === type;
    return !found;
  });
  return found;
}

/**
 * Whether `tr` may have added, removed or moved a note: a step that
 * replaces a range holding one, or inserts content holding one. Typing,
 * deleting text and marks leave the numbers as they were (mapped).
 */
export function touchesNotes(tr: Transaction, type: NodeType): boolean {
  return tr.steps.some((step, index) => {
    if (!(step instanceof ReplaceStep) && !(step instanceof ReplaceAroundStep)) return false;
    const before = tr.docs[index];
    if (!before) return true;
    let found = false;
    before.nodesBetween(step.from, step.to, (node) => {
      found ||= node.type === type;
      return !found;
    });
    return found || holds(step.slice.content, type);
  });
}

/**
 * The numbers of the notes, as node decorations each note's view reads
 * (`footnoteNumberOf`): worked out again only when a transaction adds,
 * removes or moves a note (insert, cut, paste, drag, undo…), otherwise
 * mapped — a keystroke costs nothing here however long the brief.
 */
export function footnoteNumbersPlugin(type: NodeType): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: footnoteNumbersKey,
    state: {
      init: (_config, state) => numberDecorations(state.doc),
      apply: (tr, set) => {
        if (!tr.docChanged) return set;
        return touchesNotes(tr, type) ? numberDecorations(tr.doc) : set.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => footnoteNumbersKey.getState(state),
    },
  });
}

/** The notes of the document in `state`, in order, with their numbers (from the plugin's state: no walk of the document). */
export function liveFootnotes(state: EditorState): LiveFootnote[] {
  const set = footnoteNumbersKey.getState(state);
  if (!set) return [];
  const decorations = set.find().sort((a, b) => a.from - b.from);
  return decorations.flatMap((decoration) => {
    const node = state.doc.nodeAt(decoration.from);
    const number = footnoteNumberOf([decoration]);
    return node && number !== null ? [{ pos: decoration.from, node, number }] : [];
  });
}
