import type { ReactNode } from 'react';

/** What a field hands its control: the id its label points at, and the ids of what describes it. */
export interface FieldControl {
  id: string;
  'aria-describedby': string | undefined;
}

/** A note under the control, read with it by assistive technology. */
export interface FieldHint {
  text: ReactNode;
  /** Defaults to `<control id>-hint`. */
  id?: string;
  /** Set in the warning colour: a value still missing, a length over its guide. */
  warning?: boolean;
  /** Read by assistive technology only. */
  hidden?: boolean;
  /** The note's element: a `p` (the default) or, for a short note, a `span`. */
  element?: 'p' | 'span';
}

export interface FieldProps {
  /** The control's id. */
  id: string;
  label: ReactNode;
  /** Classes added to `field` on the wrapper (its place in a row). */
  className?: string;
  hint?: FieldHint;
  /** What is wrong with the value: shown under it, read out at once, and describing the control (id `<id>-problem`). */
  problem?: string | null;
  /** The control, given its id and description. */
  children: (control: FieldControl) => ReactNode;
  /** Shown last, under the hint and the problem. */
  after?: ReactNode;
}

function hintClassName(hint: FieldHint): string {
  if (hint.hidden) return 'visually-hidden';
  return hint.warning ? 'field-hint is-over' : 'field-hint';
}

/** A form control with its label above and an optional hint and problem under it, tied to it by aria-describedby. */
export function Field({ id, label, className, hint, problem, children, after }: FieldProps) {
  const hintId = hint ? (hint.id ?? `${id}-hint`) : undefined;
  const problemId = problem ? `${id}-problem` : undefined;
  const describedBy = [hintId, problemId].filter((part) => part !== undefined).join(' ');
  const Hint = hint?.element ?? 'p';
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      {children({ id, 'aria-describedby': describedBy === '' ? undefined : describedBy })}
      {hint && (
        <Hint id={hintId} className={hintClassName(hint)}>
          {hint.text}
        </Hint>
      )}
      {problem && (
        <p id={problemId} className="inline-error-text" role="alert">
          {problem}
        </p>
      )}
      {after}
    </div>
  );
}
