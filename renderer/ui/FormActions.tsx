export interface FormActionsProps {
  onCancel: () => void;
  /** The submit button's label, e.g. "Save". */
  submitLabel: string;
  /** While true the submit button is disabled and reads `busyLabel`. */
  busy: boolean;
  /** e.g. "Saving…" */
  busyLabel: string;
  /** Disables submitting for another reason (nothing to submit yet). */
  disabled?: boolean;
}

/** The Cancel + submit row at the foot of a dialog's form. */
export function FormActions({ onCancel, submitLabel, busy, busyLabel, disabled = false }: FormActionsProps) {
  return (
    <div className="modal-actions">
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
      <button type="submit" className="button button-primary" disabled={busy || disabled}>
        {busy ? busyLabel : submitLabel}
      </button>
    </div>
  );
}
