import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import type { DragEvent, KeyboardEvent } from 'react';
import { TAKEAWAY_DRAG_TYPE, endTakeawayDrag, startTakeawayDrag } from './takeaway-drag';
import { takeawayPlaceOf } from './takeaway-index';
import { stepTakeaway } from './move-takeaway';
import { focusTextAt } from '../../editor/focus-text-at';
import { GripIcon } from './GripIcon';

/** The block position and index of the item at `itemPos`. */
function placeInBlock(props: ReactNodeViewProps, itemPos: number): { blockPos: number; index: number } {
  const $item = props.editor.state.doc.resolve(itemPos);
  return { blockPos: $item.before(), index: $item.index() };
}

/**
 * One takeaway: a drag handle, the big number and the editable sentence. The
 * number comes from the item's place in the block (a decoration), so it is
 * right after moves, splits and removals.
 */
export function TakeawayView(props: ReactNodeViewProps) {
  const { editor, getPos, decorations } = props;
  const place = takeawayPlaceOf(decorations);
  const number = (place?.index ?? 0) + 1;

  function onDragStart(event: DragEvent<HTMLSpanElement>): void {
    const pos = getPos();
    if (typeof pos !== 'number') return;
    const { blockPos, index } = placeInBlock(props, pos);
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData(TAKEAWAY_DRAG_TYPE, String(index));
    const row = event.currentTarget.closest('li');
    if (row) event.dataTransfer.setDragImage(row, 12, 16);
    startTakeawayDrag(editor.view, blockPos, index);
  }

  /** Arrow keys on a focused handle move the item, like Alt+arrows in its text. */
  function onKeyDown(event: KeyboardEvent<HTMLSpanElement>): void {
    if (event.key !== 'ArrowUp' && event.key !== 'ArrowDown') return;
    event.preventDefault();
    const pos = getPos();
    if (typeof pos !== 'number') return;
    const { blockPos, index } = placeInBlock(props, pos);
    const direction = event.key === 'ArrowUp' ? -1 : 1;
    const list = event.currentTarget.closest('ol');
    editor.commands.command(({ tr }) => stepTakeaway(tr, blockPos, index, direction));
    // The moved item's handle keeps the focus once React has renumbered it.
    requestAnimationFrame(() => {
      list?.querySelector<HTMLElement>(`[aria-label="Move takeaway ${index + 1 + direction}"]`)?.focus();
    });
  }

  function selectItem(): void {
    const pos = getPos();
    if (typeof pos === 'number') focusTextAt(editor, pos + 1 + props.node.content.size);
  }

  return (
    <NodeViewWrapper className="takeaway-row">
      <span
        className="takeaway-handle"
        role="button"
        tabIndex={-1}
        aria-label={`Move takeaway ${number}`}
        title="Drag to reorder · Alt+↑ / Alt+↓ in the text"
        draggable
        contentEditable={false}
        onDragStart={onDragStart}
        onDragEnd={() => endTakeawayDrag(editor.view)}
        onKeyDown={onKeyDown}
        onClick={selectItem}
      >
        <GripIcon />
      </span>
      <span className="takeaway-number" aria-hidden="true" contentEditable={false}>
        {number}
      </span>
      <NodeViewContent
        className={props.node.content.size === 0 ? 'takeaway-text is-empty' : 'takeaway-text'}
        data-placeholder="One sentence: what happened, or why it matters"
      />
    </NodeViewWrapper>
  );
}
