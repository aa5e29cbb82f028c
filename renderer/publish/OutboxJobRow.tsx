import type { OutboxJob } from '../../shared/publish/outbox-job';
import { exactTime } from '../format/relative-time';
import { displayHeadline } from '../format/untitled';
import { type Decision, DecisionButtons } from './DecisionButtons';
import { attemptsText, jobStateLabel, nextTryText, remoteChangeText, statusLabel } from './publish-labels';

export interface OutboxJobRowProps {
  job: OutboxJob;
  /** The target's name as shown. */
  target: string;
  /** What is being done to this job now, if anything. */
  busy: 'retry' | Decision | null;
  onRetry: () => void;
  onCancel: () => void;
  onDecide: (decision: Decision) => void;
}

/** One job of the Outbox: the brief, the target, its state, attempts, next try and last error, and what can be done. */
export function OutboxJobRow({ job, target, busy, onRetry, onCancel, onDecide }: OutboxJobRowProps) {
  const headline = displayHeadline(job.headline);
  const next = nextTryText(job);
  const remote = remoteChangeText(job);
  const scheduled = job.status === 'future' && job.at !== null ? ` for ${exactTime(job.at)}` : '';
  return (
    <li className={`outbox-job outbox-job-${job.state}`} aria-label={`${headline} → ${target}`}>
      <div className="outbox-job-head">
        <span className="outbox-job-headline">{headline}</span>
        <span className={`outbox-state outbox-state-${job.state}`}>{jobStateLabel(job.state)}</span>
      </div>
      <p className="outbox-job-meta">
        To {target} · {statusLabel(job.status)}
        {scheduled} · {attemptsText(job.attempts)}
        {next ? ` · ${next}` : ''}
      </p>
      {job.lastError && job.state !== 'needs_decision' && (
        <p className="outbox-job-error">
          <span className="visually-hidden">Last error: </span>
          {job.lastError}
        </p>
      )}
      {job.state === 'needs_decision' ? (
        <>
          {remote && <p className="outbox-job-remote">{remote}</p>}
          <DecisionButtons busy={busy === 'retry' ? 'overwrite' : busy} onDecide={onDecide} context={headline} />
        </>
      ) : (
        <div className="outbox-job-actions">
          <button
            type="button"
            className="button button-small"
            aria-label={`Retry now: ${headline}`}
            disabled={busy !== null || job.state === 'running'}
            onClick={onRetry}
          >
            {busy === 'retry' ? 'Retrying…' : 'Retry now'}
          </button>
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Cancel: ${headline}`}
            disabled={busy !== null || job.state === 'running'}
            onClick={onCancel}
          >
            {busy === 'cancel' ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
      )}
    </li>
  );
}
