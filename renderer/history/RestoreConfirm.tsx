import { useEffect, useId, useRef } from 'react';

export interface RestoreConfirmProps {
  /** "the version of 3 March 2025 at 09:00" or "“First draft” (3 March 2025 at 09:00)". */
  what: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The in-place "Restore this version?" question: what happens, and that the brief as it is now is kept first. */
export function RestoreConfirm({ what, busy, onConfirm, onCancel }: RestoreConfirmProps) {
  const textId = useId();
  const confirmRef = useRef<HTMLButtonElement>(null);
  // The question appears in place of the Restore button that had the focus: its answer takes it.
  useEffect(() => {
    confirmRef.current?.focus();
  }, []);
  return (
    <div className="restore-confirm" role="group" aria-label="Restore this version?" aria-describedby={textId}>
      <p id={textId} className="restore-confirm-text">
        <strong>Restore {what}?</strong> The brief as it is now is kept as a revision first (“Before restore”), so you can go back to it.
      </p>
      <div className="restore-confirm-actions">
        <button type="button" className="button button-small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button ref={confirmRef} type="button" className="button button-small button-primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore'}
        </button>
      </div>
    </div>
  );
}
