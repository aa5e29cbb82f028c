import { useState } from 'react';
import type { OutboxJob } from '../../shared/publish/outbox-job';
import type { JobResolution } from '../../shared/publish/publish-outcome';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { displayHeadline } from '../format/untitled';
import { useTargets } from '../settings/use-targets';
import type { Decision } from './DecisionButtons';
import { OutboxJobRow } from './OutboxJobRow';
import { publicationText, targetName } from './publish-labels';
import { usePublishing } from './publishing-context';

/** What an action on a job came to, in one sentence for the status line. */
function outcomeText(job: OutboxJob, result: JobResolution): string {
  const headline = `“${displayHeadline(job.headline)}”`;
  switch (result.state) {
    case 'published':
      return `${headline}: ${publicationText(result.publication)}.`;
    case 'queued':
      return `${headline} is still waiting: ${result.message}`;
    case 'failed':
      return `${headline} could not be published: ${result.message}`;
    case 'needs_decision':
      return `${headline}: the site’s copy changed since the last publish — choose what to do.`;
    case 'blocked':
      return `${headline} was not published: ${result.message}`;
    case 'pulled':
      return `${headline}: the site’s version is now the brief’s newest revision.`;
    case 'cancelled':
      return `Cancelled ${headline}; nothing was sent.`;
  }
}

/**
 * The Outbox: publishes waiting to be sent, failed, or stopped for a
 * decision, with their brief, target, state, attempts, next try and last
 * error. "Retry now" and "Cancel" on each; for a job whose post changed on
 * the site, overwrite it, pull it into the brief, or cancel.
 */
export function OutboxDialog({ onClose }: { onClose: () => void }) {
  const { api, briefsRewritten } = useWorkbench();
  const publishing = usePublishing();
  const targets = useTargets(api);
  const [busy, setBusy] = useState<{ jobId: string; action: 'retry' | Decision } | null>(null);
  const [said, setSaid] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const jobs = publishing.jobs;

  async function act(job: OutboxJob, action: 'retry' | Decision, fromDecision: boolean): Promise<void> {
    setBusy({ jobId: job.id, action });
    setProblem(null);
    setSaid(null);
    try {
      let result: JobResolution;
      if (fromDecision) result = await api.resolveJob({ jobId: job.id, action: action === 'retry' ? 'overwrite' : action });
      else if (action === 'retry') result = await api.retryJob({ jobId: job.id });
      else {
        await api.cancelJob({ jobId: job.id });
        result = { state: 'cancelled' };
      }
      if (result.state === 'pulled') briefsRewritten([job.briefId]);
      setSaid(outcomeText(job, result));
    } catch (error) {
      setProblem(`Couldn’t carry that out — ${errorMessage(error)}`);
    } finally {
      setBusy(null);
      publishing.changed();
    }
  }

  return (
    <ModalDialog title="Outbox" onClose={onClose} className="modal-top outbox-dialog">
      <p className="modal-text">
        Publishes wait here while a site cannot be reached (they are tried again by themselves), when they failed, or when they need your
        decision.
      </p>
      {jobs === null && <p className="modal-text">The outbox could not be read.</p>}
      {jobs !== null && jobs.length === 0 && <p className="outbox-empty">Nothing is waiting to be published.</p>}
      {jobs !== null && jobs.length > 0 && (
        <ul className="outbox-jobs" aria-label="Jobs">
          {jobs.map((job) => (
            <OutboxJobRow
              key={job.id}
              job={job}
              target={targetName(targets.targets, job.targetId)}
              busy={busy?.jobId === job.id ? busy.action : null}
              onRetry={() => void act(job, 'retry', false)}
              onCancel={() => void act(job, 'cancel', false)}
              onDecide={(decision) => void act(job, decision, true)}
            />
          ))}
        </ul>
      )}
      <p className="outbox-said" role="status">
        {said}
      </p>
      <InlineAlert message={problem} />
      <div className="modal-actions">
        <button type="button" className="button button-quiet modal-action-start" onClick={publishing.refreshOutbox}>
          Refresh
        </button>
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
