import './recovery.css';

export interface ChangedElsewhereNoticeProps {
  busy: boolean;
  error: string | null;
  onReload: () => void;
  onKeepEditing: () => void;
}

/** Told to a window with unsaved edits when another window saved the same brief. */
export function ChangedElsewhereNotice({ busy, error, onReload, onKeepEditing }: ChangedElsewhereNoticeProps) {
  return (
    <section className="window-notice" aria-label="Changed in another window">
      <p className="window-notice-text" role="alert">
        <strong>This brief was changed in another window.</strong>
        <span className="window-notice-detail">
          Reload it to see those changes (your unsaved changes here are kept as a revision), or keep editing here (the other window’s
          version is kept as a revision).
        </span>
      </p>
      <div className="window-notice-actions">
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={onReload}>
          Reload it
        </button>
        <button type="button" className="button button-small" disabled={busy} onClick={onKeepEditing}>
          Keep editing here
        </button>
      </div>
      {error && (
        <p className="window-notice-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
