import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { BriefContent, IsoDateTime } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { OutboxJob } from '../../../shared/publish/outbox-job';
import { CollectionFile } from '../library/collection-file';
import { KeyedQueue } from '../library/keyed-queue';

/** Version of outbox.json. */
export const OUTBOX_SCHEMA_VERSION = 1;

/** Waits between automatic attempts of a job: 30 s, 1, 2, 5, 15, 30 min, then every hour. */
export const BACKOFF_MS: readonly number[] = [30_000, 60_000, 120_000, 300_000, 900_000, 1_800_000, 3_600_000];

/** How long after its `attempts`-th failed attempt a job is tried again. */
export function backoffDelay(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), BACKOFF_MS.length) - 1;
  return BACKOFF_MS[index] ?? 3_600_000;
}

/** A job as kept in outbox.json: the listed fields plus the content it publishes. */
export const StoredJob = OutboxJob.extend({
  /** The brief's content in the 'publish' revision: what this job publishes, whatever was edited since. */
  content: BriefContent,
  /** The brief's last update when that revision was taken (the page's date). */
  briefUpdatedAt: IsoDateTime,
});
export type StoredJob = z.infer<typeof StoredJob>;

/** The listed form of a job (without its content). */
export function listedJob(job: StoredJob): OutboxJob {
  const { content: _content, briefUpdatedAt: _updated, ...listed } = job;
  return listed;
}

/** A new job id. */
export const newJobId = (): string => `job-${randomBytes(8).toString('hex')}`;

/**
 * The outbox: outbox.json in the library (lowdb, durable writes through
 * CollectionFile), one item per publish not yet done. A job is written
 * before its first attempt, so a publish is never lost to a crash; a job
 * found `running` when the file is opened (the process stopped during an
 * attempt) is queued again — the WordPress publisher then finds a post
 * whose creation was cut short by its marker, so nothing is duplicated.
 */
export class Outbox {
  readonly #file: CollectionFile<StoredJob>;
  readonly #queue = new KeyedQueue();

  private constructor(file: CollectionFile<StoredJob>) {
    this.#file = file;
  }

  static async open(dataDir: string, options: { readOnly?: boolean; now?: () => Date } = {}): Promise<Outbox> {
    const now = options.now ?? (() => new Date());
    const file = new CollectionFile<StoredJob>({
      dataDir,
      fileName: 'outbox.json',
      schemaVersion: OUTBOX_SCHEMA_VERSION,
      item: StoredJob,
      label: 'outbox',
      readOnly: options.readOnly ?? false,
      now,
    });
    await file.load();
    const outbox = new Outbox(file);
    if (!options.readOnly && file.items.some((job) => job.state === 'running')) {
      const at = now().toISOString();
      await file.write(
        file.items.map((job) => (job.state === 'running' ? { ...job, state: 'queued', nextAttemptAt: at, updatedAt: at } : job)),
      );
    }
    return outbox;
  }

  /** Every job, oldest first. */
  jobs(): readonly StoredJob[] {
    return this.#file.items;
  }

  /** The job `id`; throws 'not_found'. */
  get(id: string): StoredJob {
    const job = this.#file.items.find((item) => item.id === id);
    if (!job) throw new BriefdeskError('not_found', 'That publish is no longer in the outbox.');
    return job;
  }

  /** Adds a job (durable once it resolves). */
  add(job: StoredJob): Promise<StoredJob> {
    const checked = StoredJob.parse(job);
    return this.#queue.run('file', async () => {
      await this.#file.write([...this.#file.items, checked]);
      return checked;
    });
  }

  /** Changes a job (durable once it resolves); throws 'not_found' when it is gone. */
  update(id: string, change: Partial<Omit<StoredJob, 'id'>>): Promise<StoredJob> {
    return this.#queue.run('file', async () => {
      const next = StoredJob.parse({ ...this.get(id), ...change });
      await this.#file.write(this.#file.items.map((item) => (item.id === id ? next : item)));
      return next;
    });
  }

  /** Removes a job (no error when it is already gone). */
  remove(id: string): Promise<void> {
    return this.#queue.run('file', async () => {
      if (!this.#file.items.some((item) => item.id === id)) return;
      await this.#file.write(this.#file.items.filter((item) => item.id !== id));
    });
  }
}
