// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { captureView, restoreView } from '../../../../renderer/recovery/view-state';

/** A pane like the editor's: a headline textarea inside .editor-pane, a scrolling area. */
function pane(headline: string): HTMLTextAreaElement {
  document.body.innerHTML = `
    <main class="editor-pane"><div class="editor-scroll"><textarea id="brief-headline"></textarea></div></main>
    <input id="outside" type="text" value="not in the brief">`;
  const field = document.getElementById('brief-headline') as HTMLTextAreaElement;
  field.value = headline;
  return field;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('keeping the cursor across a reload', () => {
  it('puts the cursor back in the same header field, clamped to its new text', () => {
    const field = pane('Ferry operators split over the new timetable');
    field.focus();
    field.setSelectionRange(20, 26);
    const view = captureView(document, null);
    expect(view.focus).toEqual({ kind: 'field', elementId: 'brief-headline', start: 20, end: 26 });

    const shorter = pane('Ferry operators split');
    restoreView(document, null, view);
    expect(document.activeElement).toBe(shorter);
    expect([shorter.selectionStart, shorter.selectionEnd]).toEqual([20, 21]);
  });

  it('remembers nothing for focus outside the brief', () => {
    pane('Any headline');
    (document.getElementById('outside') as HTMLInputElement).focus();
    expect(captureView(document, null).focus).toBeNull();
  });
});
