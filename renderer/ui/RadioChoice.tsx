import { useId } from 'react';

/** One option of a RadioChoice. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

export interface RadioChoiceProps<T extends string> {
  /** Accessible name of the group, also shown as its label. */
  label: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
  /** Shown as a row of segmented buttons rather than a list. */
  segmented?: boolean;
  /** Focus the checked option when a dialog opens. */
  autoFocus?: boolean;
  disabled?: boolean;
}

/** A labelled radio group of native radio buttons (arrow keys move the choice). */
export function RadioChoice<T extends string>({ label, options, value, onChange, segmented, autoFocus, disabled }: RadioChoiceProps<T>) {
  const name = useId();
  const labelId = `${name}-label`;
  return (
    <div role="radiogroup" aria-labelledby={labelId} className={segmented ? 'radio-choice radio-choice-segmented' : 'radio-choice'}>
      <span id={labelId} className="radio-choice-label">
        {label}
      </span>
      <div className="radio-choice-options">
        {options.map((option) => (
          <label key={option.value} className="radio-choice-option">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={option.value === value}
              disabled={disabled}
              data-autofocus={autoFocus && option.value === value ? true : undefined}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </div>
  );
}
