import { useEffect } from 'react';

export interface ToastMessage {
  id: number;
  text: string;
  /** `label` is shown; `accessibleName` (when the label alone is ambiguous) is what screen readers hear. */
  action?: { label: string; accessibleName?: string; run: () => void };
}

export interface ToastProps {
  toast: ToastMessage | null;
  onDismiss: () => void;
}

const VISIBLE_MS = 8000;

/** A short notice at the bottom of the window, read out politely, with an optional action (Undo). */
export function Toast({ toast, onDismiss }: ToastProps) {
  useEffect(() => {
    if (!toast) return undefined;
    const timer = setTimeout(onDismiss, VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);

  return (
    <div className="toast-region" aria-live="polite">
      {toast && (
        <div className="toast" key={toast.id}>
          <span className="toast-text">{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              className="toast-action"
              aria-label={toast.action.accessibleName}
              onClick={() => {
                toast.action?.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label="Dismiss" onClick={onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      )}
    </div>
  );
}
