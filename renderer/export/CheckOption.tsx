import { useId } from 'react';

export interface CheckOptionProps {
  /** The checkbox's accessible name, shown beside it. */
  label: string;
  /** A line under the label, given as the checkbox's description. */
  hint?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
}

/** A labelled native checkbox with an optional hint (its description, not part of its name). */
export function CheckOption({ label, hint, checked, onChange, disabled }: CheckOptionProps) {
  const hintId = useId();
  return (
    <div className="check-option">
      <label className="check-option-label">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-describedby={hint === undefined ? undefined : hintId}
          onChange={(event) => onChange(event.target.checked)}
        />
        <span>{label}</span>
      </label>
      {hint !== undefined && (
        <p id={hintId} className="field-hint check-option-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
