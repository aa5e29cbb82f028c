import type { Editor } from '@tiptap/react';

/** Where the analyst was in the open brief: the focused field and its selection, and the scroll position. */
export interface ViewState {
  scrollTop: number;
  focus: { kind: 'body'; from: number; to: number } | { kind: 'field'; elementId: string; start: number | null; end: number | null } | null;
}

const SCROLLER = '.editor-pane .editor-scroll';

function isTextField(element: Element | null): element is HTMLInputElement | HTMLTextAreaElement {
  return element instanceof HTMLTextAreaElement || (element instanceof HTMLInputElement && element.type === 'text');
}

/** Remember where the analyst is, before the brief is shown again. */
export function captureView(doc: Document, editor: Editor | null): ViewState {
  const scrollTop = doc.querySelector(SCROLLER)?.scrollTop ?? 0;
  const active = doc.activeElement;
  if (editor && !editor.isDestroyed && active && editor.view.dom.contains(active)) {
    const { from, to } = editor.state.selection;
    return { scrollTop, focus: { kind: 'body', from, to } };
  }
  if (active instanceof HTMLElement && active.id && active.closest('.editor-pane')) {
    const text = isTextField(active);
    return {
      scrollTop,
      focus: { kind: 'field', elementId: active.id, start: text ? active.selectionStart : null, end: text ? active.selectionEnd : null },
    };
  }
  return { scrollTop, focus: null };
}

/** Put the analyst back roughly where they were: the same field, the selection clamped to the new text. */
export function restoreView(doc: Document, editor: Editor | null, view: ViewState): void {
  const scroller = doc.querySelector(SCROLLER);
  if (scroller) scroller.scrollTop = view.scrollTop;
  const focus = view.focus;
  if (!focus) return;
  if (focus.kind === 'body') {
    if (!editor || editor.isDestroyed) return;
    const size = editor.state.doc.content.size;
    const clamp = (position: number) => Math.max(0, Math.min(position, size));
    editor.commands.setTextSelection({ from: clamp(focus.from), to: clamp(focus.to) });
    editor.view.focus();
    if (scroller) scroller.scrollTop = view.scrollTop;
    return;
  }
  const element = doc.getElementById(focus.elementId);
  if (!(element instanceof HTMLElement)) return;
  element.focus({ preventScroll: true });
  if (isTextField(element) && focus.start !== null) {
    const length = element.value.length;
    element.setSelectionRange(Math.min(focus.start, length), Math.min(focus.end ?? focus.start, length));
  }
}
