import { createHash } from 'node:crypto';
import { z } from 'zod';
import { BriefContent, BriefId, IsoDateTime } from '../../../shared/model/brief';
import { RevisionId } from '../../../shared/revisions/revision';
import { TargetId } from '../../../shared/publish/target';
import { CollectionFile } from '../library/collection-file';
import { KeyedQueue } from '../library/keyed-queue';

/** Version of published.json. */
export const PUBLISHED_SCHEMA_VERSION = 1;

/** SHA-256 of a brief's content (its editable fields, in the schema's order): equal hashes, equal content. */
export function contentHash(content: BriefContent): string {
  return createHash('sha256')
    .update(JSON.stringify(BriefContent.parse(content)))
    .digest('hex');
}

/** One brief on one target, as last published from this library. */
export const PublishedOn = z.object({
  targetId: TargetId,
  link: z.string(),
  status: z.string(),
  publishedAt: IsoDateTime,
  revisionId: RevisionId,
  /** contentHash of the content published. */
  contentHash: z.string(),
});
export type PublishedOn = z.infer<typeof PublishedOn>;

const PublishedBrief = z.object({ id: BriefId, targets: z.array(PublishedOn) });
type PublishedBrief = z.infer<typeof PublishedBrief>;

/**
 * published.json in the library: per brief, where it was last published
 * (target, link, status, time, revision) and the hash of that content, so
 * the app can tell whether the brief changed since.
 */
export class PublishedRecords {
  readonly #file: CollectionFile<PublishedBrief>;
  readonly #queue = new KeyedQueue();

  private constructor(file: CollectionFile<PublishedBrief>) {
    this.#file = file;
  }

  static async open(dataDir: string, options: { readOnly?: boolean; now?: () => Date } = {}): Promise<PublishedRecords> {
    const file = new CollectionFile<PublishedBrief>({
      dataDir,
      fileName: 'published.json',
      schemaVersion: PUBLISHED_SCHEMA_VERSION,
      item: PublishedBrief,
      label: 'published briefs',
      readOnly: options.readOnly ?? false,
      now: options.now ?? (() => new Date()),
    });
    await file.load();
    return new PublishedRecords(file);
  }

  /** Where `briefId` is published. */
  of(briefId: string): readonly PublishedOn[] {
    return this.#file.items.find((item) => item.id === briefId)?.targets ?? [];
  }

  /** Records (replaces) a brief's publication on a target. */
  async set(briefId: string, record: PublishedOn): Promise<void> {
    const checked = PublishedOn.parse(record);
    await this.#change(briefId, (targets) => [...targets.filter((item) => item.targetId !== checked.targetId), checked]);
  }

  /** Forgets a brief's publication on a target. */
  async remove(briefId: string, targetId: string): Promise<void> {
    await this.#change(briefId, (targets) => targets.filter((item) => item.targetId !== targetId));
  }

  #change(briefId: string, change: (targets: PublishedOn[]) => PublishedOn[]): Promise<void> {
    return this.#queue.run('file', async () => {
      const targets = change([...this.of(briefId)]);
      const others = this.#file.items.filter((item) => item.id !== briefId);
      await this.#file.write(targets.length === 0 ? others : [...others, { id: briefId, targets }]);
    });
  }
}
