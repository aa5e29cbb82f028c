import type { RecoveryOffer } from '../../shared/recovery/recovery-draft';
import { keptTimeLabel } from './format-time';
import './recovery.css';

export interface RecoveryNoticeProps {
  offer: RecoveryOffer;
  busy: boolean;
  error: string | null;
  onRecover: () => void;
  onDiscard: () => void;
}

/** "Briefdesk kept unsaved changes to this brief from <time>. Recover / Discard" */
export function RecoveryNotice({ offer, busy, error, onRecover, onDiscard }: RecoveryNoticeProps) {
  const movedOn = offer.briefRevision > offer.baseRevision;
  return (
    <section className="window-notice" aria-label="Unsaved changes kept">
      <p className="window-notice-text">
        <strong>Briefdesk kept unsaved changes to this brief from {keptTimeLabel(offer.stashedAt)}.</strong>
        <span className="window-notice-detail">
          {movedOn
            ? 'The brief was saved since then; recovering keeps that version in its history first.'
            : 'Recover them to continue where you left off.'}
        </span>
      </p>
      <div className="window-notice-actions">
        <button type="button" className="button button-primary button-small" disabled={busy} onClick={onRecover}>
          Recover
        </button>
        <button type="button" className="button button-small" disabled={busy} onClick={onDiscard}>
          Discard
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
