import { z } from 'zod';
import { AssetId, BriefId, IsoDateTime } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { CollectionFile, type UnusableFile } from '../library/collection-file';
import { KeyedQueue } from '../library/keyed-queue';

/** Version of publications.json. */
export const PUBLICATIONS_SCHEMA_VERSION = 1;

/**
 * What the library knows of one brief's post on one site. `remoteId` null
 * means a first publish was sent and its answer never arrived: the post may
 * exist, so the next publish looks for it (by its marker) before creating one.
 */
export const PostRecord = z.object({
  briefId: BriefId,
  /** The post's id on the site, or null while a create's outcome is unknown. */
  remoteId: z.number().int().positive().nullable(),
  /** The post's address on the site ('' until known). */
  link: z.string(),
  /** The post's slug: chosen at the first publish from the headline, then kept. */
  slug: z.string(),
  /** The post's status after the last publish ('' until known). */
  status: z.string(),
  /** The site's modified_gmt after our last write ('' until known). */
  modifiedGmt: z.string(),
  /** SHA-256 of the post's title, excerpt and content (raw) after our last write ('' until known). */
  contentHash: z.string(),
  /** The brief's revision that was last published (-1 until a publish succeeded). */
  briefRevision: z.number().int().min(-1),
  /** When a write to the site was last started. */
  attemptedAt: IsoDateTime,
  /** When the last write succeeded, or null. */
  publishedAt: IsoDateTime.nullable(),
});
export type PostRecord = z.infer<typeof PostRecord>;

/** An image uploaded to a site once: the library asset (content hash) → the site's media item. */
export const MediaRecord = z.object({
  assetId: AssetId,
  mediaId: z.number().int().positive(),
  url: z.string(),
  alt: z.string(),
  caption: z.string(),
});
export type MediaRecord = z.infer<typeof MediaRecord>;

/** What a publish learnt of a site itself, and when (checked again once it is old). */
export const SiteFacts = z.object({
  /** The site offers the block editor's footnotes (core/footnotes and the posts' `footnotes` meta, WordPress 6.3+). */
  footnotes: z.boolean(),
  checkedAt: IsoDateTime,
});
export type SiteFacts = z.infer<typeof SiteFacts>;

/** Everything recorded for one publishing target (one item of publications.json). */
export const TargetPublications = z.object({
  /** The target's id (its settings live elsewhere). */
  id: z.string().min(1).max(200),
  posts: z.array(PostRecord),
  media: z.array(MediaRecord),
  /** What the site offers, when a publish has asked. */
  site: SiteFacts.optional(),
});
export type TargetPublications = z.infer<typeof TargetPublications>;

/**
 * publications.json in the library folder: per target, each brief's post
 * (remote id, link, slug, modified time and content hash of our last write)
 * and the images already uploaded (by content hash). Written durably through
 * lowdb (CollectionFile), one change at a time; a damaged file is moved to
 * quarantine/ and the records start empty (the next publish then finds its
 * posts again by their marker).
 */
export class Publications {
  readonly #file: CollectionFile<TargetPublications>;
  readonly #queue = new KeyedQueue();
  #unusable: UnusableFile | null = null;

  private constructor(file: CollectionFile<TargetPublications>) {
    this.#file = file;
  }

  /** Opens (reads) publications.json in `dataDir`. */
  static async open(dataDir: string, options: { readOnly?: boolean; now?: () => Date } = {}): Promise<Publications> {
    const publications = new Publications(
      new CollectionFile({
        dataDir,
        fileName: 'publications.json',
        schemaVersion: PUBLICATIONS_SCHEMA_VERSION,
        item: TargetPublications,
        label: 'publication records',
        readOnly: options.readOnly ?? false,
        now: options.now ?? (() => new Date()),
      }),
    );
    publications.#unusable = await publications.#file.load();
    return publications;
  }

  /** The file could not be used (moved to quarantine/, or newer): what to report, or null. */
  get unusable(): UnusableFile | null {
    return this.#unusable;
  }

  /** The record of `briefId` on `targetId`, if any. */
  post(targetId: string, briefId: string): PostRecord | undefined {
    return this.#target(targetId)?.posts.find((post) => post.briefId === briefId);
  }

  /** Every post recorded for `targetId`. */
  posts(targetId: string): readonly PostRecord[] {
    return this.#target(targetId)?.posts ?? [];
  }

  /** The uploaded copy of `assetId` on `targetId`, if any. */
  media(targetId: string, assetId: string): MediaRecord | undefined {
    return this.#target(targetId)?.media.find((item) => item.assetId === assetId);
  }

  /** Every image recorded as uploaded to `targetId`. */
  mediaOf(targetId: string): readonly MediaRecord[] {
    return this.#target(targetId)?.media ?? [];
  }

  /** What was learnt of `targetId`'s site, if anything. */
  siteFacts(targetId: string): SiteFacts | undefined {
    return this.#target(targetId)?.site;
  }

  /** Records what the site of `targetId` offers; durable once it resolves. */
  async setSiteFacts(targetId: string, facts: SiteFacts): Promise<void> {
    const checked = SiteFacts.parse(facts);
    await this.#change(targetId, (target) => ({ ...target, site: checked }));
  }

  /** Records (replaces) a brief's post on a target; durable once it resolves. */
  async setPost(targetId: string, record: PostRecord): Promise<void> {
    const checked = PostRecord.parse(record);
    await this.#change(targetId, (target) => ({
      ...target,
      posts: [...target.posts.filter((post) => post.briefId !== checked.briefId), checked],
    }));
  }

  /** Forgets a brief's post on a target. */
  async removePost(targetId: string, briefId: string): Promise<void> {
    await this.#change(targetId, (target) => ({ ...target, posts: target.posts.filter((post) => post.briefId !== briefId) }));
  }

  /** Records (replaces) an uploaded image on a target; durable once it resolves. */
  async setMedia(targetId: string, record: MediaRecord): Promise<void> {
    const checked = MediaRecord.parse(record);
    await this.#change(targetId, (target) => ({
      ...target,
      media: [...target.media.filter((item) => item.assetId !== checked.assetId), checked],
    }));
  }

  /** Forgets an uploaded image (it is no longer on the site). */
  async removeMedia(targetId: string, assetId: string): Promise<void> {
    await this.#change(targetId, (target) => ({ ...target, media: target.media.filter((item) => item.assetId !== assetId) }));
  }

  #target(targetId: string): TargetPublications | undefined {
    return this.#file.items.find((item) => item.id === targetId);
  }

  #change(targetId: string, change: (target: TargetPublications) => TargetPublications): Promise<void> {
    if (this.#unusable && !this.#unusable.movedAside) {
      return Promise.reject(new BriefdeskError('unsupported', `publications.json cannot be changed: ${this.#unusable.report.reason}`));
    }
    return this.#queue.run('file', async () => {
      const current = this.#target(targetId) ?? { id: targetId, posts: [], media: [] };
      const next = change(current);
      const others = this.#file.items.filter((item) => item.id !== targetId);
      await this.#file.write([...others, next]);
    });
  }
}

const opened = new WeakMap<object, Promise<Publications>>();

/** A view of a store (the publish service's snapshot view) names, under this key, the store it stands for: both share one Publications. */
export const STANDS_FOR: unique symbol = Symbol('briefdesk.standsFor');

/**
 * The publication records of a library, opened once per open library
 * (keyed by the store object) and shared by every publish on it.
 */
export function publicationsOf(view: { dataDir: string; readOnly: boolean; [STANDS_FOR]?: object }): Promise<Publications> {
  const store = view[STANDS_FOR] ?? view;
  let publications = opened.get(store);
  if (!publications) {
    publications = Publications.open(view.dataDir, { readOnly: view.readOnly });
    opened.set(store, publications);
    publications.catch(() => opened.delete(store));
  }
  return publications;
}
