import { z } from 'zod';
import { BriefId } from '../../model/brief';
import { Checklist } from '../../publish/checklist';
import { JobId, OutboxJob } from '../../publish/outbox-job';
import { JobResolution, Publication, PublishOutcome, PublishRequest } from '../../publish/publish-outcome';
import { PublishTarget, TargetId, TargetInput, TargetTestResult } from '../../publish/target';
import { byId } from './by-id';
import { method, Ok, type Section } from './method';

/** Publishing: targets, the checklist, publishing and unpublishing, the outbox. */
export const publishContract = {
  /** Publishing targets (WordPress sites, static-site folders); passwords are never sent, only `hasPassword`. */
  listTargets: method(
    z.object({}),
    z.object({
      targets: z.array(PublishTarget),
      /** How this shell keeps application passwords, in one sentence for the Settings dialog (the SecretStore's description). */
      passwordStorage: z.string(),
    }),
  ),
  /**
   * Add (no id) or change a target. The application password is write-only:
   * stored encrypted, never returned; left out on a change, the stored one is kept.
   */
  saveTarget: method(TargetInput, PublishTarget),
  /** Remove a target and its stored password (what was published stays on the site). */
  deleteTarget: method(z.object({ id: TargetId }), Ok),
  /** "Test connection": a saved target (password left out: the stored one) or settings not saved yet. */
  testTarget: method(TargetInput, TargetTestResult),
  /** The pre-publish checklist of a brief as it is now: errors block publishing, warnings can be acknowledged. */
  checkBrief: method(byId, Checklist),
  /**
   * Publish a brief: checklist, a 'publish' revision (the version that is
   * published, even if the job has to wait), then the site. Offline or a
   * failing site → `queued` (retried with backoff); a post changed on the
   * site → `needs_decision`; see PublishOutcome.
   */
  publishBrief: method(PublishRequest, PublishOutcome),
  /** The outbox: publishes waiting, running, needing a decision or failed, oldest first. */
  listOutbox: method(z.object({}), z.object({ jobs: z.array(OutboxJob) })),
  /** Attempt a queued or failed job now. */
  retryJob: method(z.object({ jobId: JobId }), PublishOutcome),
  /** Remove a job that is not running; nothing is sent. */
  cancelJob: method(z.object({ jobId: JobId }), Ok),
  /** Decide on a job whose post was changed on the site: replace it, bring the site's text into the brief, or cancel. */
  resolveJob: method(z.object({ jobId: JobId, action: z.enum(['overwrite', 'pull', 'cancel']) }), JobResolution),
  /** Where a brief is published (target, link, time) and whether it changed since. */
  listPublications: method(byId, z.object({ publications: z.array(Publication) })),
  /** Take a brief off a static-site folder target ('unsupported' for WordPress targets). */
  unpublish: method(z.object({ id: BriefId, targetId: TargetId }), z.object({ removed: z.boolean() })),
  /**
   * The network may be back (the window went online): try every queued job
   * of the outbox now. Resolves once that run is over; `woken` is false
   * where no outbox runner runs.
   */
  wakeOutbox: method(z.object({}), z.object({ woken: z.boolean() })),
} satisfies Section;
