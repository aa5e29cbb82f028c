import type { Editor } from '@tiptap/core';

/** The nearest ancestor of `element` that scrolls vertically. */
function scrollerOf(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return null;
}

/** Scrolls the body's scroller so the caret's line sits at mid-height. */
export function centreCaret(editor: Editor): void {
  if (editor.isDestroyed) return;
  const scroller = scrollerOf(editor.view.dom);
  if (!scroller) return;
  const caret = editor.view.coordsAtPos(editor.state.selection.head);
  const box = scroller.getBoundingClientRect();
  const offset = (caret.top + caret.bottom) / 2 - (box.top + box.height / 2);
  if (Math.abs(offset) > 2) scroller.scrollTop += offset;
}
