import { type ClipboardEvent, type ReactNode, useState } from 'react';
import type { FieldHint } from './Field';
import { OverflowNotice } from './OverflowNotice';
import { fitInsertion, limitState } from './text-limit';

export interface TextLimitOptions {
  /** The control's id: the hint is `<id>-limit`, the notice `<id>-overflow`. */
  id: string;
  /** The field's name in a sentence, e.g. "headline". */
  name: string;
  value: string;
  limit: number;
  /** The hint shown while the value is far from its limit. */
  quietHint?: FieldHint;
  /** What the field makes of inserted text (e.g. line breaks to spaces); applied to a paste before it is measured. */
  clean?: (text: string) => string;
}

type TextControl = HTMLInputElement | HTMLTextAreaElement;

export interface TextLimit {
  /** The count from 80 % of the limit, the message at the limit (or `quietHint`). */
  hint: FieldHint | undefined;
  /** Spread onto the input or textarea. */
  control: { maxLength: number; onPaste: (event: ClipboardEvent<TextControl>) => void };
  /** The notice holding what a paste could not fit, and the announcement at the limit; put it under the field. */
  after: ReactNode;
}

/** Replaces the control's selection with `text` as typing would (one undo step, an input event React hears). */
function insertAtSelection(control: TextControl, text: string): void {
  control.focus();
  // execCommand keeps the browser's own undo; setRangeText is the fallback where it is refused.
  if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, text)) return;
  control.setRangeText(text, control.selectionStart ?? control.value.length, control.selectionEnd ?? control.value.length, 'end');
  control.dispatchEvent(new Event('input', { bubbles: true }));
}

function limitHint(id: string, name: string, value: string, limit: number, quietHint: FieldHint | undefined): FieldHint | undefined {
  const state = limitState(value.length, limit);
  if (state.kind === 'quiet') return quietHint;
  const hintId = quietHint?.id ?? `${id}-limit`;
  if (state.kind === 'counting')
    return { id: hintId, element: 'span', text: `${state.length.toLocaleString()} / ${limit.toLocaleString()} characters` };
  return { id: hintId, element: 'span', warning: true, text: `The ${name} is full: ${limit.toLocaleString()} characters at most.` };
}

/**
 * A visible limit for a text field: a count from 80 % of the limit, a message
 * at it, and a paste that does not fit cut between graphemes, its rest kept
 * in a notice the analyst can copy from.
 */
export function useTextLimit({ id, name, value, limit, quietHint, clean }: TextLimitOptions): TextLimit {
  const [overflow, setOverflow] = useState<string | null>(null);
  function onPaste(event: ClipboardEvent<TextControl>): void {
    const control = event.currentTarget;
    const raw = event.clipboardData.getData('text/plain');
    const text = clean ? clean(raw) : raw;
    const start = control.selectionStart ?? control.value.length;
    const end = control.selectionEnd ?? start;
    const fitted = fitInsertion(control.value.length, end - start, text, limit);
    if (fitted.remainder === '' && text === raw) {
      setOverflow(null);
      return;
    }
    event.preventDefault();
    insertAtSelection(control, fitted.inserted);
    setOverflow(fitted.remainder === '' ? null : fitted.remainder);
  }
  const full = value.length >= limit;
  return {
    hint: limitHint(id, name, value, limit, quietHint),
    control: { maxLength: limit, onPaste },
    after: (
      <>
        <span className="visually-hidden" aria-live="polite">
          {full && overflow === null ? `The ${name} is full.` : ''}
        </span>
        {overflow !== null && (
          <OverflowNotice id={`${id}-overflow`} name={name} limit={limit} text={overflow} onDismiss={() => setOverflow(null)} />
        )}
      </>
    ),
  };
}
