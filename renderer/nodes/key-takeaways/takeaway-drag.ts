import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { KEY_TAKEAWAYS } from '../../../shared/editor/nodes/key-takeaways';
import { moveTakeawayTo } from './move-takeaway';

/** Drag data type of a takeaway being reordered by its handle. */
export const TAKEAWAY_DRAG_TYPE = 'application/x-briefdesk-takeaway';

/** The item being dragged and where it would land. */
export interface TakeawayDrag {
  blockPos: number;
  from: number;
  /** Insertion point 0…count in the same block, or null when the pointer is elsewhere. */
  to: number | null;
}

type DragMeta = { type: 'start'; blockPos: number; from: number } | { type: 'over'; to: number | null } | { type: 'end' };

export const takeawayDragKey = new PluginKey<TakeawayDrag | null>('takeawayDrag');

function isDragMeta(value: unknown): value is DragMeta {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/** Starts dragging item `from` of the block at `blockPos` (called from the handle's dragstart). */
export function startTakeawayDrag(view: EditorView, blockPos: number, from: number): void {
  view.dispatch(view.state.tr.setMeta(takeawayDragKey, { type: 'start', blockPos, from } satisfies DragMeta));
}

/** Ends the drag without moving anything (dragend, a drop outside the block). */
export function endTakeawayDrag(view: EditorView): void {
  if (takeawayDragKey.getState(view.state)) view.dispatch(view.state.tr.setMeta(takeawayDragKey, { type: 'end' } satisfies DragMeta));
}

/**
 * The insertion point for a pointer at `clientY` over a block whose items'
 * vertical extents are `rects`: before the first item whose middle is below
 * the pointer, else after the last.
 */
export function insertionIndex(rects: readonly { top: number; bottom: number }[], clientY: number): number {
  const index = rects.findIndex((rect) => clientY < (rect.top + rect.bottom) / 2);
  return index === -1 ? rects.length : index;
}

function dropIndexAt(view: EditorView, drag: TakeawayDrag, event: DragEvent): number | null {
  const block = view.state.doc.nodeAt(drag.blockPos);
  const blockDom = view.nodeDOM(drag.blockPos);
  if (!block || block.type.name !== KEY_TAKEAWAYS || !(blockDom instanceof HTMLElement)) return null;
  const box = blockDom.getBoundingClientRect();
  if (event.clientY < box.top || event.clientY > box.bottom || event.clientX < box.left || event.clientX > box.right) return null;
  const rects: DOMRect[] = [];
  block.forEach((_item, offset) => {
    const dom = view.nodeDOM(drag.blockPos + 1 + offset);
    if (dom instanceof HTMLElement) rects.push(dom.getBoundingClientRect());
  });
  return rects.length === block.childCount ? insertionIndex(rects, event.clientY) : null;
}

function dropDecorations(state: EditorState, drag: TakeawayDrag | null): DecorationSet {
  if (!drag) return DecorationSet.empty;
  const block = state.doc.nodeAt(drag.blockPos);
  if (!block) return DecorationSet.empty;
  const decorations: Decoration[] = [];
  block.forEach((item, offset, index) => {
    const from = drag.blockPos + 1 + offset;
    const classes: string[] = [];
    if (index === drag.from) classes.push('is-dragged');
    if (drag.to !== null && drag.to !== drag.from && drag.to !== drag.from + 1) {
      if (index === drag.to) classes.push('drop-before');
      if (index === block.childCount - 1 && drag.to === block.childCount) classes.push('drop-after');
    }
    if (classes.length > 0) decorations.push(Decoration.node(from, from + item.nodeSize, { class: classes.join(' ') }));
  });
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Reordering takeaways by dragging their handles: the handle starts the drag,
 * this plugin shows where the item would land (a line between items) and
 * moves it on drop, within its own block only. Other drags pass through.
 */
export function takeawayDragPlugin(): Plugin<TakeawayDrag | null> {
  return new Plugin<TakeawayDrag | null>({
    key: takeawayDragKey,
    state: {
      init: () => null,
      apply(tr, drag) {
        const meta: unknown = tr.getMeta(takeawayDragKey);
        if (isDragMeta(meta)) {
          if (meta.type === 'start') return { blockPos: meta.blockPos, from: meta.from, to: null };
          if (meta.type === 'end') return null;
          return drag ? { ...drag, to: meta.to } : null;
        }
        // Someone else changed the document mid-drag: give up rather than move the wrong item.
        return tr.docChanged ? null : drag;
      },
    },
    props: {
      decorations: (state) => dropDecorations(state, takeawayDragKey.getState(state) ?? null),
      handleDOMEvents: {
        dragover(view, event) {
          const drag = takeawayDragKey.getState(view.state);
          if (!drag) return false;
          const to = dropIndexAt(view, drag, event);
          if (to !== null) {
            event.preventDefault();
            if (event.dataTransfer) event.dataTransfer.dropEffect = 'move';
          }
          if (to !== drag.to) view.dispatch(view.state.tr.setMeta(takeawayDragKey, { type: 'over', to } satisfies DragMeta));
          return true;
        },
        dragleave(view, event) {
          const drag = takeawayDragKey.getState(view.state);
          if (!drag) return false;
          const next = event.relatedTarget;
          if (!(next instanceof Node) || !view.dom.contains(next)) {
            view.dispatch(view.state.tr.setMeta(takeawayDragKey, { type: 'over', to: null } satisfies DragMeta));
          }
          return true;
        },
      },
      handleDrop(view, event) {
        const drag = takeawayDragKey.getState(view.state);
        if (!drag) return false;
        const to = dropIndexAt(view, drag, event);
        const tr = view.state.tr.setMeta(takeawayDragKey, { type: 'end' } satisfies DragMeta);
        if (to !== null) moveTakeawayTo(tr, drag.blockPos, drag.from, to);
        view.dispatch(tr);
        view.focus();
        return true;
      },
    },
  });
}
