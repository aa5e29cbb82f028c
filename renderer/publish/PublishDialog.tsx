import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type { Checklist } from '../../shared/publish/checklist';
import type { PublishStatus } from '../../shared/publish/outbox-job';
import type { JobResolution } from '../../shared/publish/publish-outcome';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { RadioChoice } from '../ui/RadioChoice';
import { TextField } from '../ui/TextField';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { displayHeadline } from '../format/untitled';
import { useTargets } from '../settings/use-targets';
import type { Decision } from './DecisionButtons';
import { PUBLISH_STATUSES, scheduledAt, targetDetail } from './publish-labels';
import { PublishChecklist } from './PublishChecklist';
import { PublishResult } from './PublishResult';
import { usePublishing } from './publishing-context';

export interface PublishDialogProps {
  briefId: string;
  headline: string;
  onClose: () => void;
  /** Settings, to add a target when there is none. */
  onOpenSettings: () => void;
}

/**
 * "Publish": the brief is saved, the checklist runs (errors keep Publish
 * disabled; warnings need "Publish anyway"), then a target and a status
 * (Draft, Pending review, Publish, Scheduled with its date and time) are
 * chosen. The result is shown in place: published (link), queued (the
 * Outbox), failed, or the site's copy changed (overwrite, pull or cancel).
 */
export function PublishDialog({ briefId, headline, onClose, onOpenSettings }: PublishDialogProps) {
  const { api, flushOpen, briefsRewritten } = useWorkbench();
  const publishing = usePublishing();
  const targets = useTargets(api);
  const [checklist, setChecklist] = useState<Checklist | null>(null);
  const [targetId, setTargetId] = useState('');
  const [status, setStatus] = useState<PublishStatus>('publish');
  const [when, setWhen] = useState('');
  const [acknowledged, setAcknowledged] = useState(false);
  const [busy, setBusy] = useState(false);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [result, setResult] = useState<JobResolution | null>(null);
  const targetFieldId = useId();
  const whenId = useId();
  const closeRef = useRef<HTMLButtonElement>(null);

  // Save what is typed, then run the checklist on the brief as saved.
  useEffect(() => {
    let current = true;
    void (async () => {
      const saved = await flushOpen();
      if (!current) return;
      if (!saved) setProblem('The brief could not be saved, so it cannot be checked. Try again once the status bar reads “Saved”.');
      try {
        const answer = await api.checkBrief({ id: briefId });
        if (current) setChecklist(answer);
      } catch (error) {
        if (current) setProblem(`Couldn’t check the brief — ${errorMessage(error)}`);
      }
    })();
    return () => {
      current = false;
    };
  }, [api, briefId, flushOpen]);

  // The form's buttons are gone once there is a result: focus moves to Close.
  const hasResult = result !== null;
  useEffect(() => {
    if (hasResult) closeRef.current?.focus();
  }, [hasResult]);

  const firstTarget = targets.targets[0]?.id ?? '';
  useEffect(() => {
    if (targetId === '' && firstTarget !== '') setTargetId(firstTarget);
  }, [firstTarget, targetId]);

  const target = targets.targets.find((candidate) => candidate.id === targetId);
  const blocked = checklist === null || checklist.errors.length > 0 || (checklist.warnings.length > 0 && !acknowledged);
  const needsTime = status === 'future';

  async function publish(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!target || blocked) return;
    let at: string | undefined;
    if (needsTime) {
      const time = scheduledAt(when);
      if (time === null) return setProblem('Choose a date and time in the future for the scheduled post.');
      at = time;
    }
    setBusy(true);
    setProblem(null);
    try {
      if (!(await flushOpen())) throw new Error('the brief could not be saved first');
      const outcome = await api.publishBrief({ id: briefId, targetId: target.id, status, at, acknowledgeWarnings: acknowledged });
      if (outcome.state === 'blocked') {
        setChecklist(outcome.checklist);
        setAcknowledged(false);
        setProblem(outcome.message);
      } else {
        setResult(outcome);
      }
      publishing.changed();
    } catch (error) {
      setProblem(`Couldn’t publish — ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  async function decide(decision: Decision): Promise<void> {
    if (!result || result.state !== 'needs_decision') return;
    setDeciding(decision);
    setProblem(null);
    try {
      const resolution = await api.resolveJob({ jobId: result.job.id, action: decision });
      setResult(resolution);
      if (resolution.state === 'pulled') briefsRewritten([briefId]);
      publishing.changed();
    } catch (error) {
      setProblem(`Couldn’t carry that out — ${errorMessage(error)}`);
    } finally {
      setDeciding(null);
    }
  }

  const title = `Publish “${displayHeadline(headline)}”`;
  const noTargets = targets.status === 'ready' && targets.targets.length === 0;
  return (
    <ModalDialog title={title} onClose={onClose} className="modal-top publish-dialog">
      {result ? (
        <>
          <PublishResult
            result={result}
            deciding={deciding}
            onDecide={(decision) => void decide(decision)}
            onOpenOutbox={() => {
              onClose();
              publishing.openOutbox();
            }}
          />
          <InlineAlert message={problem} />
          <div className="modal-actions">
            <button ref={closeRef} type="button" className="button button-primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={(event) => void publish(event)} noValidate aria-busy={busy}>
          {checklist === null ? (
            <p className="modal-text" role="status">
              Checking the brief…
            </p>
          ) : (
            <PublishChecklist checklist={checklist} acknowledged={acknowledged} onAcknowledge={setAcknowledged} disabled={busy} />
          )}
          {noTargets ? (
            <div className="publish-no-targets">
              <p className="modal-text">There is nowhere to publish yet. Add a WordPress site or a static-site folder in Settings.</p>
              <button type="button" className="button button-small" onClick={onOpenSettings}>
                Open Settings
              </button>
            </div>
          ) : (
            <Field id={targetFieldId} label="Target" hint={target && { id: `${targetFieldId}-detail`, text: targetDetail(target) }}>
              {(control) => (
                <select
                  {...control}
                  className="select"
                  value={targetId}
                  disabled={busy || targets.status !== 'ready'}
                  onChange={(event) => setTargetId(event.target.value)}
                >
                  {targets.targets.map((candidate) => (
                    <option key={candidate.id} value={candidate.id}>
                      {candidate.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <RadioChoice label="Status" options={PUBLISH_STATUSES} value={status} onChange={setStatus} segmented disabled={busy} />
          {target?.kind === 'folder' && (
            <p className="field-hint">A folder publishes the page whatever the status; the status matters on WordPress.</p>
          )}
          {needsTime && (
            <TextField
              id={whenId}
              label="Publish on (date and time)"
              type="datetime-local"
              value={when}
              disabled={busy}
              onValue={setWhen}
            />
          )}
          {targets.status === 'error' && <InlineAlert message={`Couldn’t load the targets — ${targets.error ?? ''}`} />}
          <InlineAlert message={problem} />
          <FormActions onCancel={onClose} submitLabel="Publish" busy={busy} busyLabel="Publishing…" disabled={blocked || !target} />
        </form>
      )}
    </ModalDialog>
  );
}
