import type { InputHTMLAttributes, ReactNode } from 'react';
import { Field, type FieldHint } from './Field';
import { useTextLimit } from './use-text-limit';

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
  /** The field's name in the limit's messages (defaults to the label in lower case). */
  limitName?: string;
}

/**
 * A Field around an <input> (class `text-input` unless `className` says otherwise); other props go to the input.
 * With a `maxLength` the limit is visible: a count from 80 %, a message at it, a paste's rest kept in a notice.
 */
export function TextField({
  id,
  label,
  fieldClassName,
  hint,
  problem,
  after,
  className = 'text-input',
  onValue,
  limitName,
  ...input
}: TextFieldProps) {
  const limited = input.maxLength !== undefined;
  const limit = useTextLimit({
    id,
    name: limitName ?? (typeof label === 'string' ? label.toLocaleLowerCase() : 'field'),
    value: input.value,
    limit: input.maxLength ?? Number.POSITIVE_INFINITY,
    quietHint: hint,
  });
  return (
    <Field
      id={id}
      label={label}
      className={fieldClassName}
      hint={limited ? limit.hint : hint}
      problem={problem}
      after={
        limited ? (
          <>
            {after}
            {limit.after}
          </>
        ) : (
          after
        )
      }
    >
      {(control) => (
        <input
          {...control}
          className={className}
          {...input}
          onPaste={limited ? limit.control.onPaste : input.onPaste}
          onChange={(event) => onValue(event.target.value)}
        />
      )}
    </Field>
  );
}
