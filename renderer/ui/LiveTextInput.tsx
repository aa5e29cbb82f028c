import { useState, type InputHTMLAttributes } from 'react';

export interface LiveTextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'defaultValue' | 'onChange'> {
  /** The value held outside (e.g. a node attribute). */
  value: string;
  /** Every edit, as it is typed. */
  onValue: (value: string) => void;
}

/**
 * A text input that sends every keystroke out and follows outside changes
 * (undo, another view). It keeps its own draft so the caret never jumps while
 * the outside value catches up asynchronously (node views re-render later).
 */
export function LiveTextInput({ value, onValue, ...rest }: LiveTextInputProps) {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    setDraft(value);
  }
  return (
    <input
      type="text"
      {...rest}
      value={draft}
      onChange={(event) => {
        setDraft(event.target.value);
        onValue(event.target.value);
      }}
    />
  );
}
