import { z } from 'zod';
import { BriefId, IsoDateTime } from '../model/brief';
import { RevisionId } from '../revisions/revision';
import { Checklist } from './checklist';
import { OutboxJob, PublishStatus } from './outbox-job';
import { TargetId } from './target';

/** Where a brief is published now. */
export const Publication = z.object({
  briefId: BriefId,
  targetId: TargetId,
  /** The target's name, or '' when the target was deleted since. */
  targetName: z.string(),
  kind: z.enum(['wordpress', 'folder']),
  /** The post's or page's address. */
  link: z.string(),
  /** The post's status on the site (folder targets: 'publish'). */
  status: z.string(),
  publishedAt: IsoDateTime,
  /** The 'publish' revision whose content was published. */
  revisionId: RevisionId,
  /** True when the brief's content now differs from what was published. */
  changedSince: z.boolean(),
});
export type Publication = z.infer<typeof Publication>;

/**
 * What a publish (or a retry, or a resolved job) came to:
 * - `published`: the site has the version (link, time);
 * - `queued`: offline or the site failed — the job waits in the outbox and retries by itself;
 * - `needs_decision`: the post was changed or deleted on the site; nothing was written (see the job's `remote`);
 * - `failed`: an error retrying cannot fix (wrong password, refused content); the job keeps it in `lastError`;
 * - `blocked`: the checklist has errors, or warnings not acknowledged; nothing was sent or queued.
 */
export const PublishOutcome = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('published'),
    publication: Publication,
    /** Things the analyst should know (an image missing, a desk block not found…). */
    warnings: z.array(z.string()),
  }),
  z.object({ state: z.literal('queued'), job: OutboxJob, message: z.string() }),
  z.object({ state: z.literal('needs_decision'), job: OutboxJob, message: z.string() }),
  z.object({ state: z.literal('failed'), job: OutboxJob, message: z.string() }),
  z.object({ state: z.literal('blocked'), checklist: Checklist, message: z.string() }),
]);
export type PublishOutcome = z.infer<typeof PublishOutcome>;

/** How to publish a brief. */
export const PublishRequest = z
  .object({
    id: BriefId,
    targetId: TargetId,
    status: PublishStatus.default('publish'),
    /** When a 'future' post goes live (ISO 8601 with a zone); required for 'future'. */
    at: IsoDateTime.optional(),
    /** The analyst saw the checklist's warnings and publishes anyway. */
    acknowledgeWarnings: z.boolean().default(false),
    /** Replace the site's copy even when it was changed there since the last publish. */
    overwrite: z.boolean().default(false),
  })
  .refine((request) => request.status !== 'future' || request.at !== undefined, {
    message: 'A scheduled post needs the date and time to publish it.',
    path: ['at'],
  });
export type PublishRequest = z.input<typeof PublishRequest>;

/** What resolving a job that needs a decision did. */
export const JobResolution = z.discriminatedUnion('state', [
  ...PublishOutcome.options,
  /** The site's text was brought into the brief as a new revision; the job is gone. */
  z.object({ state: z.literal('pulled'), revision: z.number().int().nonnegative(), warnings: z.array(z.string()) }),
  /** The job was removed; nothing was sent. */
  z.object({ state: z.literal('cancelled') }),
]);
export type JobResolution = z.infer<typeof JobResolution>;
