import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field, type FieldHint } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'children'> {
  id: string;
  label: ReactNode;
  value: string;
  /** Every edit, as it is typed. */
  onValue: (value: string) => void;
  /** Classes added to `field` on the wrapper. */
  fieldClassName?: string;
  hint?: FieldHint;
  problem?: string | null;
  after?: ReactNode;
}

/** A Field around an <input> (class `text-input` unless `className` says otherwise); other props go to the input. */
export function TextField({
  id,
  label,
  fieldClassName,
  hint,
  problem,
  after,
  className = 'text-input',
  onValue,
  ...input
}: TextFieldProps) {
  return (
    <Field id={id} label={label} className={fieldClassName} hint={hint} problem={problem} after={after}>
      {(control) => <input {...control} className={className} {...input} onChange={(event) => onValue(event.target.value)} />}
    </Field>
  );
}
