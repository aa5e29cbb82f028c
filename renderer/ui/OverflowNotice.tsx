import { useRef, useState } from 'react';

export interface OverflowNoticeProps {
  /** The id of the notice (its text area is `<id>-text`). */
  id: string;
  /** The field's name in a sentence, e.g. "headline". */
  name: string;
  limit: number;
  /** What did not fit. */
  text: string;
  onDismiss: () => void;
}

/**
 * Text that did not fit in a field, kept where the analyst can read and copy
 * it: a paste beyond a limit never loses its tail silently.
 */
export function OverflowNotice({ id, name, limit, text, onDismiss }: OverflowNoticeProps) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [copied, setCopied] = useState<'no' | 'yes' | 'select'>('no');
  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('yes');
    } catch {
      area.current?.select();
      setCopied('select');
    }
  }
  const count = text.length.toLocaleString();
  return (
    <div className="overflow-notice" id={id}>
      <p className="overflow-notice-text" aria-live="polite">
        {count} {text.length === 1 ? 'character' : 'characters'} did not fit in the {name} (at most {limit.toLocaleString()}) and
        {text.length === 1 ? ' is' : ' are'} kept here.
        {copied === 'yes' && ' Copied.'}
        {copied === 'select' && ' Selected: press Ctrl+C (⌘C) to copy.'}
      </p>
      <textarea
        ref={area}
        id={`${id}-text`}
        className="text-input text-area-small overflow-notice-area"
        readOnly
        rows={3}
        aria-label={`Text that did not fit in the ${name}`}
        value={text}
      />
      <div className="overflow-notice-actions">
        <button type="button" className="button button-small" onClick={() => void copy()}>
          Copy
        </button>
        <button type="button" className="button button-small button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
