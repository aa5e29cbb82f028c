import { pathToFileURL } from 'node:url';
import type { Brief } from '../../../shared/model/brief';
import { BriefdeskError, isBriefdeskError } from '../../../shared/model/errors';
import { type Checklist, runChecklist } from '../../../shared/publish/checklist';
import type { OutboxJob } from '../../../shared/publish/outbox-job';
import type { JobResolution, Publication, PublishOutcome, PublishRequest } from '../../../shared/publish/publish-outcome';
import type { PublishTarget, TargetTestResult } from '../../../shared/publish/target';
import { type RevisionSummary, revisionSummaryOf } from '../../../shared/revisions/revision';
import { errorMessage } from '../library/io-error';
import type { LibraryStore } from '../library/library-store';
import { backoffDelay, listedJob, newJobId, Outbox, type StoredJob } from './outbox';
import { contentHash, PublishedRecords } from './published-records';
import type { SecretStore } from './secret-store';
import { snapshotView } from './snapshot-view';
import { publishToFolder, unpublishFromFolder } from './static-site';
import { type StoredTarget, TargetStore } from './targets';
import { isWordPressError, publishToWordPress, pullRemote, testConnection } from './wordpress';
import { testFolder } from './static-site/test-folder';

/** What the publish service needs from the shell. */
export interface PublishEnv {
  /** Seals and opens WordPress passwords (the desktop's safeStorage, or a key file outside the library). */
  secrets: SecretStore;
  /** Program name and version, for generated pages. */
  generator: string;
  now?: () => Date;
  /** Time allowed for each request to a site. @default 30 s */
  timeoutMs?: number;
}

/** A publish request with its defaults applied. */
type Request = Required<Pick<PublishRequest, 'id' | 'targetId'>> & {
  status: 'draft' | 'pending' | 'publish' | 'future';
  at?: string | undefined;
  acknowledgeWarnings: boolean;
  overwrite: boolean;
};

/** True when trying the same publish again later may succeed: the network, a timeout, a site failure, a folder not reachable. */
function isRetryable(error: unknown): boolean {
  if (isWordPressError(error)) return error.retryable;
  return isBriefdeskError(error) && error.code === 'io';
}

/**
 * Publishing, for one open library: targets, the pre-publish checklist, the
 * outbox and the record of where each brief is published. Every publish
 * goes through the outbox: Publish runs the checklist, takes a 'publish'
 * revision, writes a job carrying that revision's content (durable), then
 * attempts it at once — so the version published is the one the analyst
 * published even when the job has to wait, and nothing is lost to a crash.
 * A job that succeeds leaves the outbox; one that fails on something that
 * may pass (network, timeout, 5xx, a folder not reachable) waits with
 * backoff; one that cannot pass unchanged (wrong password…) stops as
 * `failed`; a post changed or deleted on the site stops the job as
 * `needs_decision` — nothing is ever overwritten without `overwrite`.
 */
export class PublishService {
  readonly store: LibraryStore;
  readonly targets: TargetStore;
  readonly outbox: Outbox;
  readonly published: PublishedRecords;
  readonly #env: PublishEnv;
  /** Jobs being attempted now (one attempt per job at a time). */
  readonly #running = new Set<string>();

  private constructor(store: LibraryStore, env: PublishEnv, targets: TargetStore, outbox: Outbox, published: PublishedRecords) {
    this.store = store;
    this.#env = env;
    this.targets = targets;
    this.outbox = outbox;
    this.published = published;
  }

  /** Opens the publishing files of `store`'s library (targets.json, outbox.json, published.json). */
  static async open(store: LibraryStore, env: PublishEnv): Promise<PublishService> {
    const options = { readOnly: store.readOnly, ...(env.now ? { now: env.now } : {}) };
    const [targets, outbox, published] = await Promise.all([
      TargetStore.open(store.dataDir, env.secrets, options),
      Outbox.open(store.dataDir, options),
      PublishedRecords.open(store.dataDir, options),
    ]);
    return new PublishService(store, env, targets, outbox, published);
  }

  /** How this shell keeps application passwords. */
  get secrets(): SecretStore {
    return this.#env.secrets;
  }

  #now(): Date {
    return this.#env.now?.() ?? new Date();
  }

  /** "Test connection": the WordPress site signs in, or the folder can be written. */
  async testTarget(input: unknown): Promise<TargetTestResult> {
    const { stored, password } = await this.targets.resolve(input);
    if (stored.kind === 'folder') return testFolder(stored.folder);
    if (password === null)
      return { ok: false, problem: 'auth', retryable: false, message: 'Enter the application password to test the connection.' };
    const result = await testConnection({ url: stored.url, username: stored.username, applicationPassword: password });
    return result.ok
      ? { ok: true, problem: null, retryable: false, message: result.message }
      : { ok: false, problem: result.problem, retryable: result.retryable, message: result.message };
  }

  /** The checklist of a brief as it is now. */
  async checkBrief(id: string): Promise<Checklist> {
    return runChecklist(await this.store.get(id));
  }

  /** Publish a brief (see the class comment and PublishOutcome). */
  async publish(request: Request): Promise<PublishOutcome> {
    const target = this.targets.stored(request.targetId);
    if (request.status === 'future' && request.at === undefined) {
      throw new BriefdeskError('invalid_input', 'A scheduled post needs the date and time to publish it.');
    }
    const brief = await this.store.get(request.id);
    if (brief.trashedAt !== null)
      throw new BriefdeskError(
        'invalid_input',
        `“${brief.headline || 'Untitled brief'}” is in the Trash; restore it before publishing it.`,
      );
    const checklist = runChecklist(brief);
    if (checklist.errors.length > 0) {
      return { state: 'blocked', checklist, message: `Not published: ${checklist.errors.map((item) => item.message).join(' ')}` };
    }
    if (checklist.warnings.length > 0 && !request.acknowledgeWarnings) {
      return {
        state: 'blocked',
        checklist,
        message: `Check the warnings before publishing: ${checklist.warnings.map((item) => item.message).join(' ')}`,
      };
    }
    const revision = await this.store.revisions.get(brief.id, (await this.store.revisions.snapshot(brief.id, 'publish')).id);
    // This publish supersedes the brief's earlier jobs to the same target that are not being sent now.
    for (const earlier of this.outbox.jobs()) {
      if (earlier.briefId === brief.id && earlier.targetId === target.id && !this.#running.has(earlier.id))
        await this.outbox.remove(earlier.id);
    }
    const at = this.#now().toISOString();
    const job = await this.outbox.add({
      id: newJobId(),
      briefId: brief.id,
      headline: revision.content.headline,
      targetId: target.id,
      status: request.status,
      at: request.at ?? null,
      revisionId: revision.id,
      briefRevision: revision.briefRevision,
      overwrite: request.overwrite,
      state: 'queued',
      attempts: 0,
      nextAttemptAt: at,
      lastError: null,
      remote: null,
      createdAt: at,
      updatedAt: at,
      content: revision.content,
      briefUpdatedAt: brief.revision === revision.briefRevision ? brief.updatedAt : revision.createdAt,
    });
    return this.attempt(job.id);
  }

  /** The outbox, oldest first. */
  listOutbox(): OutboxJob[] {
    return this.outbox.jobs().map(listedJob);
  }

  /** Attempt a queued or failed job now. */
  async retry(jobId: string): Promise<PublishOutcome> {
    const job = this.outbox.get(jobId);
    if (job.state === 'needs_decision')
      throw new BriefdeskError('conflict', 'This publish waits for a decision: replace the site’s copy, pull it, or cancel.');
    return this.attempt(jobId);
  }

  /** Remove a job that is not running. */
  async cancel(jobId: string): Promise<void> {
    this.outbox.get(jobId);
    if (this.#running.has(jobId)) throw new BriefdeskError('conflict', 'This publish is being sent now; cancel it once it has finished.');
    await this.outbox.remove(jobId);
  }

  /** Decide on a job whose post was changed or deleted on the site. */
  async resolve(jobId: string, action: 'overwrite' | 'pull' | 'cancel'): Promise<JobResolution> {
    const job = this.outbox.get(jobId);
    if (job.state !== 'needs_decision') throw new BriefdeskError('conflict', 'This publish does not wait for a decision.');
    if (action === 'cancel') {
      await this.cancel(jobId);
      return { state: 'cancelled' };
    }
    if (action === 'overwrite') {
      await this.outbox.update(jobId, { overwrite: true, state: 'queued', updatedAt: this.#now().toISOString() });
      return this.attempt(jobId);
    }
    const target = this.targets.stored(job.targetId);
    const pulled = await pullRemote(this.store, job.briefId, await this.targets.wordpress(target));
    await this.outbox.remove(jobId);
    return { state: 'pulled', revision: pulled.revision, warnings: pulled.warnings };
  }

  /** Where a brief is published, and whether its content changed since. */
  async listPublications(briefId: string): Promise<Publication[]> {
    const brief = await this.store.get(briefId);
    const now = contentHash(brief);
    return this.published.of(briefId).map((record) => {
      const target = this.#targetOrNull(record.targetId);
      return {
        briefId,
        targetId: record.targetId,
        targetName: target?.name ?? '',
        kind: target?.kind ?? 'wordpress',
        link: record.link,
        status: record.status,
        publishedAt: record.publishedAt,
        revisionId: record.revisionId,
        changedSince: record.contentHash !== now,
      };
    });
  }

  /** Take a brief off a folder target. */
  async unpublish(briefId: string, targetId: string): Promise<boolean> {
    const target = this.targets.stored(targetId);
    if (target.kind !== 'folder') throw new BriefdeskError('unsupported', 'Taking a post off a WordPress site is done on the site itself.');
    const result = await unpublishFromFolder(this.store, briefId, target.folder, { generator: this.#env.generator, now: this.#now() });
    await this.published.remove(briefId, targetId);
    return result.removed;
  }

  /**
   * Attempt every queued job whose time has come (all queued jobs when
   * `all`: the network may be back), one after another. Resolves with the
   * outcomes.
   */
  async runDue(options: { all?: boolean } = {}): Promise<PublishOutcome[]> {
    const now = this.#now().getTime();
    const due = this.outbox
      .jobs()
      .filter((job) => job.state === 'queued' && !this.#running.has(job.id))
      .filter((job) => options.all || job.nextAttemptAt === null || Date.parse(job.nextAttemptAt) <= now);
    const outcomes: PublishOutcome[] = [];
    for (const job of due) outcomes.push(await this.attempt(job.id));
    return outcomes;
  }

  /** When the next queued job is due (ms since the epoch), or null when none waits. */
  nextDue(): number | null {
    const times = this.outbox
      .jobs()
      .filter((job) => job.state === 'queued')
      .map((job) => (job.nextAttemptAt === null ? 0 : Date.parse(job.nextAttemptAt)));
    return times.length === 0 ? null : Math.min(...times);
  }

  /** One attempt of a job: publish its content, then record, queue again, fail or ask. */
  async attempt(jobId: string): Promise<PublishOutcome> {
    if (this.#running.has(jobId)) throw new BriefdeskError('conflict', 'This publish is being sent now.');
    this.#running.add(jobId);
    try {
      const job = await this.outbox.update(jobId, { state: 'running', updatedAt: this.#now().toISOString() });
      return await this.#send(job);
    } finally {
      this.#running.delete(jobId);
    }
  }

  async #send(job: StoredJob): Promise<PublishOutcome> {
    const attempts = job.attempts + 1;
    try {
      const target = this.targets.stored(job.targetId);
      const current = await this.store.get(job.briefId);
      const brief: Brief = { ...current, ...job.content, revision: job.briefRevision, updatedAt: job.briefUpdatedAt };
      const view = snapshotView(this.store, brief, await this.#revisionSummary(job));
      if (target.kind === 'folder') {
        const result = await publishToFolder(view, job.briefId, target.folder, {
          ...(target.baseUrl === null ? {} : { baseUrl: target.baseUrl }),
          generator: this.#env.generator,
          now: this.#now(),
        });
        const link = target.baseUrl === null ? pathToFileURL(result.pagePath).href : result.url;
        return await this.#done(job, target, link, 'publish', result.warnings);
      }
      const result = await publishToWordPress(view, job.briefId, await this.targets.wordpress(target), {
        status: job.status,
        ...(job.at === null ? {} : { date: job.at }),
        overwrite: job.overwrite,
        ...(this.#env.timeoutMs === undefined ? {} : { timeoutMs: this.#env.timeoutMs }),
        ...(this.#env.now ? { now: this.#env.now } : {}),
      });
      if (result.outcome === 'remote_changed' || result.outcome === 'remote_missing') {
        const remote =
          result.outcome === 'remote_changed'
            ? { kind: 'changed' as const, link: result.link, modifiedGmt: result.remoteModifiedGmt, modifiedBy: result.remoteModifiedBy }
            : { kind: 'missing' as const, link: '', modifiedGmt: '', modifiedBy: null };
        const waiting = await this.outbox.update(job.id, {
          state: 'needs_decision',
          attempts,
          nextAttemptAt: null,
          lastError: result.message,
          remote,
          updatedAt: this.#now().toISOString(),
        });
        return { state: 'needs_decision', job: listedJob(waiting), message: result.message };
      }
      return await this.#done(job, target, result.link, result.status, result.warnings);
    } catch (error) {
      const message = errorMessage(error);
      const at = this.#now();
      if (isRetryable(error)) {
        const waiting = await this.outbox.update(job.id, {
          state: 'queued',
          attempts,
          nextAttemptAt: new Date(at.getTime() + backoffDelay(attempts)).toISOString(),
          lastError: message,
          updatedAt: at.toISOString(),
        });
        return {
          state: 'queued',
          job: listedJob(waiting),
          message: `Queued in the outbox, to be sent when the site can be reached: ${message}`,
        };
      }
      const failed = await this.outbox.update(job.id, {
        state: 'failed',
        attempts,
        nextAttemptAt: null,
        lastError: message,
        updatedAt: at.toISOString(),
      });
      return { state: 'failed', job: listedJob(failed), message };
    }
  }

  async #done(job: StoredJob, target: StoredTarget, link: string, status: string, warnings: string[]): Promise<PublishOutcome> {
    const publishedAt = this.#now().toISOString();
    await this.published.set(job.briefId, {
      targetId: target.id,
      link,
      status,
      publishedAt,
      revisionId: job.revisionId,
      contentHash: contentHash(job.content),
    });
    await this.outbox.remove(job.id);
    const current = await this.store.get(job.briefId);
    return {
      state: 'published',
      publication: {
        briefId: job.briefId,
        targetId: target.id,
        targetName: target.name,
        kind: target.kind,
        link,
        status,
        publishedAt,
        revisionId: job.revisionId,
        changedSince: contentHash(current) !== contentHash(job.content),
      },
      warnings,
    };
  }

  async #revisionSummary(job: StoredJob): Promise<RevisionSummary> {
    try {
      return revisionSummaryOf(await this.store.revisions.get(job.briefId, job.revisionId));
    } catch {
      // The revision was thinned away since: the job still carries its content.
      return {
        id: job.revisionId,
        briefId: job.briefId,
        briefRevision: job.briefRevision,
        createdAt: job.createdAt,
        kind: 'publish',
        wordCount: 0,
      };
    }
  }

  #targetOrNull(id: string): PublishTarget | null {
    return this.targets.list().find((target) => target.id === id) ?? null;
  }
}

const services = new WeakMap<LibraryStore, Promise<PublishService>>();

/** The publish service of an open library, opened once per store (handlers, the outbox runner and the CLI share it). */
export function publishServiceOf(store: LibraryStore, env: PublishEnv): Promise<PublishService> {
  let service = services.get(store);
  if (!service) {
    service = PublishService.open(store, env);
    services.set(store, service);
    service.catch(() => services.delete(store));
  }
  return service;
}
