import type { ReactNode } from 'react';

export interface FormActionsProps {
  onCancel: () => void;
  /** The submit button's label, e.g. "Save". */
  submitLabel: string;
  /** While true the submit button is disabled and reads `busyLabel`. */
  busy?: boolean;
  /** e.g. "Saving…" */
  busyLabel?: string;
  /** Disables submitting for another reason (nothing to submit yet). */
  disabled?: boolean;
  /** Shown first, at the start of the row: an action beside the form's own (e.g. "Remove link"). */
  children?: ReactNode;
}

/** The Cancel + submit row at the foot of a dialog's form. */
export function FormActions({
  onCancel,
  submitLabel,
  busy = false,
  busyLabel = submitLabel,
  disabled = false,
  children,
}: FormActionsProps) {
  return (
    <div className="modal-actions">
      {children}
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy || disabled}>
        {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
