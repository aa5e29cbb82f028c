import { z } from 'zod';
import { BriefId, IsoDateTime } from '../model/brief';
import { RevisionId } from '../revisions/revision';
import { TargetId } from './target';

/** The status a post gets on a WordPress site (a folder target publishes the page whatever the status). */
export const PublishStatus = z.enum(['draft', 'pending', 'publish', 'future']);
export type PublishStatus = z.infer<typeof PublishStatus>;

/** Id of an outbox job. */
export const JobId = z.string().regex(/^job-[a-z0-9]{6,40}$/, 'Not an outbox job id');
export type JobId = z.infer<typeof JobId>;

/**
 * Where an outbox job stands:
 * - `queued`: waiting for its next attempt (offline, or the site failed);
 * - `running`: being published now;
 * - `needs_decision`: the post was changed (or deleted) on the site since
 *   the last publish — nothing was written; the analyst overwrites, pulls or cancels;
 * - `failed`: stopped on an error retrying cannot fix (wrong password…); retry it once fixed, or cancel it.
 */
export const JobState = z.enum(['queued', 'running', 'needs_decision', 'failed']);
export type JobState = z.infer<typeof JobState>;

/** What the site's copy looked like when a job stopped for a decision. */
export const RemoteChange = z.object({
  /** `changed`: edited on the site; `missing`: deleted or in the site's trash. */
  kind: z.enum(['changed', 'missing']),
  link: z.string(),
  /** When the site's copy was last changed (UTC), '' when unknown. */
  modifiedGmt: z.string(),
  /** Who changed it, when the site says. */
  modifiedBy: z.string().nullable(),
});
export type RemoteChange = z.infer<typeof RemoteChange>;

/** One publish waiting in the outbox, as listed (the content it carries is not sent). */
export const OutboxJob = z.object({
  id: JobId,
  briefId: BriefId,
  /** The headline of the version being published. */
  headline: z.string(),
  targetId: TargetId,
  status: PublishStatus,
  /** Publication time of a scheduled ('future') post, or null. */
  at: IsoDateTime.nullable(),
  /** The 'publish' revision taken when the analyst pressed Publish: the content this job publishes. */
  revisionId: RevisionId,
  /** The brief's revision number of that content. */
  briefRevision: z.number().int().nonnegative(),
  /** Replace the site's copy even when it was changed there. */
  overwrite: z.boolean(),
  state: JobState,
  /** Attempts made so far. */
  attempts: z.number().int().nonnegative(),
  /** When the next automatic attempt is due (queued jobs), else null. */
  nextAttemptAt: IsoDateTime.nullable(),
  /** Why the last attempt did not publish, in words, or null. */
  lastError: z.string().nullable(),
  /** The site's copy, when the job waits for a decision. */
  remote: RemoteChange.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type OutboxJob = z.infer<typeof OutboxJob>;
