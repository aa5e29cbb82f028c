import type { JobState, OutboxJob, PublishStatus } from '../../shared/publish/outbox-job';
import type { Publication } from '../../shared/publish/publish-outcome';
import type { PublishTarget } from '../../shared/publish/target';
import { exactTime } from '../format/relative-time';

/** The statuses offered in the Publish dialog, as the analyst reads them. */
export const PUBLISH_STATUSES: readonly { value: PublishStatus; label: string }[] = [
  { value: 'draft', label: 'Draft' },
  { value: 'pending', label: 'Pending review' },
  { value: 'publish', label: 'Publish' },
  { value: 'future', label: 'Scheduled' },
];

/** A status's label ("Pending review"); a status the site invented is shown as it is. */
export function statusLabel(status: string): string {
  return PUBLISH_STATUSES.find((option) => option.value === status)?.label ?? status;
}

const STATE_LABELS: Record<JobState, string> = {
  queued: 'Waiting to retry',
  running: 'Publishing now',
  needs_decision: 'Needs your decision',
  failed: 'Failed',
};

/** An outbox job's state in words. */
export function jobStateLabel(state: JobState): string {
  return STATE_LABELS[state];
}

/** A target as listed: its name, then where it points. */
export function targetDetail(target: PublishTarget): string {
  return target.kind === 'wordpress' ? `WordPress · ${target.url}` : `Folder · ${target.folder}`;
}

/** The name of a target by id, or a plain phrase when it was deleted. */
export function targetName(targets: readonly PublishTarget[], id: string): string {
  return targets.find((target) => target.id === id)?.name ?? 'A deleted target';
}

/** Jobs that still wait for something to happen (every job in the outbox does: done jobs leave it). */
export function pendingCount(jobs: readonly OutboxJob[]): number {
  return jobs.length;
}

/** "Next try 14 March 2026 at 10:20", or null when no automatic attempt is planned. */
export function nextTryText(job: Pick<OutboxJob, 'state' | 'nextAttemptAt'>): string | null {
  if (job.state !== 'queued' || job.nextAttemptAt === null) return null;
  return `Next try ${exactTime(job.nextAttemptAt)}`;
}

/** "1 attempt", "3 attempts", "Not tried yet". */
export function attemptsText(attempts: number): string {
  if (attempts === 0) return 'Not tried yet';
  return attempts === 1 ? '1 attempt' : `${attempts} attempts`;
}

/** What the site's copy of a needs-decision job looks like, in one sentence. */
export function remoteChangeText(job: Pick<OutboxJob, 'remote'>): string | null {
  const remote = job.remote;
  if (!remote) return null;
  if (remote.kind === 'missing') return 'The post was deleted on the site, or moved to its trash, since the last publish.';
  const who = remote.modifiedBy ? ` by ${remote.modifiedBy}` : '';
  const when = remote.modifiedGmt !== '' ? ` on ${exactTime(`${remote.modifiedGmt.replace(/Z?$/, '')}Z`)}` : '';
  return `The site’s copy was changed${who}${when} since the last publish.`;
}

/** The name of a publication's target, or a plain phrase when it was deleted. */
export function targetNameOf(publication: Pick<Publication, 'targetName'>): string {
  return publication.targetName === '' ? 'a deleted target' : publication.targetName;
}

/** The published-where line of one publication: "Published to Harbour site · 14 March 2026 at 10:20". */
export function publicationText(publication: Publication): string {
  const name = targetNameOf(publication);
  const status =
    publication.kind === 'wordpress' && publication.status !== 'publish' ? ` (${statusLabel(publication.status).toLowerCase()})` : '';
  return `Published to ${name}${status} · ${exactTime(publication.publishedAt)}`;
}

/**
 * The scheduled time typed in a datetime-local input ("2026-03-14T10:20",
 * the analyst's local time) as an ISO time with its zone, or null when it
 * is not a time or not in the future.
 */
export function scheduledAt(local: string, now: number = Date.now()): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(local)) return null;
  const time = new Date(local).getTime();
  if (Number.isNaN(time) || time <= now) return null;
  return new Date(time).toISOString();
}
