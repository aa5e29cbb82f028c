import { useEffect, useId, useRef, useState } from 'react';
import type { BriefDiff } from '../../shared/revisions/brief-diff-model';
import type { RevisionSummary } from '../../shared/revisions/revision';
import { InlineAlert } from '../ui/InlineAlert';
import { exactTime } from '../format/relative-time';
import { wordsLabel } from '../format/word-count-label';
import { DiffBody } from './DiffBody';
import { DiffFields } from './DiffFields';
import { diffSummary } from './diff-display';
import { RestoreConfirm } from './RestoreConfirm';
import { kindLabel, revisionTitle } from './revision-labels';
import type { DiffState } from './use-revisions';
import { RetryAlert } from '../ui/RetryAlert';

export interface RevisionDetailProps {
  revision: RevisionSummary;
  diff: DiffState;
  onRetry: () => void;
  /** Restores the revision; throws with a message fit to show. */
  onRestore: (revision: RevisionSummary) => Promise<void>;
}

/**
 * One revision: what it is, how the brief changed since (fields, then the
 * body line by line), and Restore — asked again in place before anything
 * is replaced.
 */
export function RevisionDetail({ revision, diff, onRetry, onRestore }: RevisionDetailProps) {
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const when = exactTime(revision.createdAt);
  const what = revision.kind === 'named' ? `“${revisionTitle(revision)}” (${when})` : `the version of ${when}`;
  const ready = diff.kind === 'ready' && diff.revisionId === revision.id ? diff.diff : null;

  useEffect(() => {
    setConfirming(false);
    setProblem(null);
  }, [revision.id]);

  async function restore(): Promise<void> {
    setRestoring(true);
    setProblem(null);
    try {
      await onRestore(revision);
    } catch (failure) {
      setProblem(`Couldn’t restore — ${failure instanceof Error ? failure.message : String(failure)}`);
      setRestoring(false);
      setConfirming(false);
    }
  }

  return (
    <section className="revision-detail" aria-labelledby={headingId}>
      <header className="revision-detail-header">
        <div>
          <h3 id={headingId} className="revision-detail-title">
            {revisionTitle(revision)}
          </h3>
          <p className="revision-detail-meta">
            {revision.kind === 'named' ? `${kindLabel(revision.kind)} · ` : ''}
            <time dateTime={revision.createdAt}>{when}</time> · {wordsLabel(revision.wordCount)}
          </p>
        </div>
        {!confirming && (
          <button
            ref={restoreButton}
            type="button"
            className="button button-small"
            disabled={ready?.identical ?? false}
            title={ready?.identical ? 'This version is the brief as it is now' : 'Make this version the brief’s content again'}
            onClick={() => setConfirming(true)}
          >
            Restore
          </button>
        )}
      </header>
      {confirming && (
        <RestoreConfirm
          what={what}
          busy={restoring}
          onConfirm={() => void restore()}
          onCancel={() => {
            setConfirming(false);
            requestAnimationFrame(() => restoreButton.current?.focus());
          }}
        />
      )}
      <InlineAlert message={problem} />
      <div className="revision-diff" aria-busy={diff.kind === 'loading'}>
        {diff.kind === 'loading' && <p className="history-note">Comparing with the brief now…</p>}
        {diff.kind === 'error' && <RetryAlert message={<>Couldn’t compare this version — {diff.message}</>} onRetry={onRetry} />}
        {ready && <DiffView diff={ready} />}
      </div>
    </section>
  );
}

function DiffView({ diff }: { diff: BriefDiff }) {
  if (diff.identical) {
    return (
      <p className="diff-none" role="status">
        No differences: this version is the brief as it is now.
      </p>
    );
  }
  const bodyChanged = diff.counts.added + diff.counts.removed + diff.counts.changed > 0;
  return (
    <>
      <p className="diff-summary" role="status">
        {diffSummary(diff)}
      </p>
      <p className="diff-legend">
        Since this version: <del className="diff-del">removed</del> and <ins className="diff-ins">added</ins> text.
      </p>
      {diff.fields.length > 0 && (
        <section className="diff-section" aria-label="Fields">
          <h4 className="diff-section-title">Fields</h4>
          <DiffFields fields={diff.fields} />
        </section>
      )}
      {bodyChanged && (
        <section className="diff-section" aria-label="Body">
          <h4 className="diff-section-title">Body</h4>
          <DiffBody lines={diff.body} />
        </section>
      )}
    </>
  );
}
