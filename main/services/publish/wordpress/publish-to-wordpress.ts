import { z } from 'zod';
import { exportStem } from '../../../../shared/render/export-file-name';
import { type PreparedBrief, prepareForExport } from '../../export/prepare-for-export';
import { KeyedQueue } from '../../library/keyed-queue';
import type { LibraryStore } from '../../library/library-store';
import { type PostRecord, type Publications, publicationsOf } from '../publications';
import { imagesOf, renderPostContent } from './post-content';
import { fetchPost, findPostByMarker, lastEditorName } from './remote-post';
import { siteHasFootnotes } from './site-footnotes';
import { syncMedia } from './site-media';
import { ensureTerms } from './site-terms';
import { WordPressError } from './wordpress-error';
import { WordPressRest } from './wordpress-rest';
import { postFingerprint, WpPost } from './wordpress-schemas';
import { WordPressTarget } from './wordpress-target';

/** The status the post gets on the site. */
export const WordPressPostStatus = z.enum(['draft', 'pending', 'publish', 'future']);
export type WordPressPostStatus = z.infer<typeof WordPressPostStatus>;

/** How to publish. */
export interface PublishOptions {
  status: WordPressPostStatus;
  /** When the post is (or was) published, ISO 8601 with a zone; required for 'future'. */
  date?: string;
  /** Replace the post even though it was changed on the site since our last publish (or recreate it when it was deleted there). */
  overwrite?: boolean;
  /** Time allowed for each request to the site. @default 30 s */
  timeoutMs?: number;
  now?: () => Date;
}

/** The post was written: `created` the first time, `updated` after. */
export interface PublishDone {
  outcome: 'created' | 'updated';
  postId: number;
  link: string;
  slug: string;
  status: string;
  /** The site's modified_gmt after this write. */
  modifiedGmt: string;
  /** Images uploaded by this publish (images already on the site are reused). */
  mediaUploaded: number;
  warnings: string[];
}

/** The post was changed on the site since our last publish: nothing was written. Publish again with `overwrite` to replace it, or pull it. */
export interface PublishRemoteChanged {
  outcome: 'remote_changed';
  postId: number;
  link: string;
  /** When the site's copy was last changed (UTC, "YYYY-MM-DDTHH:MM:SS"). */
  remoteModifiedGmt: string;
  /** Who saved the site's latest revision, when the site says. */
  remoteModifiedBy: string | null;
  /** The modified time our last publish left. */
  recordedModifiedGmt: string;
  message: string;
}

/** The post we published is no longer on the site (deleted or in the trash): nothing was written. Publish with `overwrite` to make a new one. */
export interface PublishRemoteMissing {
  outcome: 'remote_missing';
  postId: number;
  message: string;
}

export type PublishResult = PublishDone | PublishRemoteChanged | PublishRemoteMissing;

/** One publish at a time per library, target and brief: two at once could both create a post. */
const publishing = new KeyedQueue();

/** The site's time format (UTC, no zone) of a date. */
const gmt = (date: Date): string => date.toISOString().slice(0, 19);

function checkOptions(target: WordPressTarget, options: PublishOptions): { target: WordPressTarget; dateGmt: string | undefined } {
  const parsedTarget = WordPressTarget.safeParse(target);
  if (!parsedTarget.success) {
    throw new WordPressError(
      'invalid_target',
      `The WordPress target's settings are incomplete: ${parsedTarget.error.issues[0]?.message ?? 'invalid'}.`,
    );
  }
  if (!WordPressPostStatus.safeParse(options.status).success) {
    throw new WordPressError(
      'invalid_target',
      `“${String(options.status)}” is not a post status WordPress takes (draft, pending, publish or future).`,
    );
  }
  let dateGmt: string | undefined;
  if (options.date !== undefined) {
    const date = new Date(options.date);
    if (Number.isNaN(date.getTime())) throw new WordPressError('invalid_target', `“${options.date}” is not a date.`);
    dateGmt = gmt(date);
  }
  if (options.status === 'future' && dateGmt === undefined) {
    throw new WordPressError('invalid_target', 'A scheduled post needs the date and time to publish it.');
  }
  return { target: parsedTarget.data, dateGmt };
}

/** What the post on the site should say: the prepared brief, its body with synced desks up to date. */
async function postPayload(
  prepared: PreparedBrief,
  rest: WordPressRest,
  publications: Publications,
  targetId: string,
  now: Date,
): Promise<{ payload: Record<string, unknown>; uploaded: number; warnings: string[] }> {
  const { brief, body } = prepared;
  const media = await syncMedia(rest, publications, targetId, imagesOf(brief, body), prepared.assetPath);
  const tags = await ensureTerms(rest, 'tags', brief.tags);
  const categories = brief.section.trim() ? await ensureTerms(rest, 'categories', [brief.section.trim()]) : [];
  const native = await siteHasFootnotes(rest, publications, targetId, now);
  const { content, footnotes } = await renderPostContent(brief.id, body, (assetId) => media.byAsset.get(assetId)?.url ?? null, {
    footnotes: native ? 'blocks' : 'endnotes',
  });
  const hero = brief.hero ? media.byAsset.get(brief.hero.asset) : undefined;
  const payload: Record<string, unknown> = {
    title: brief.headline.trim() || 'Untitled brief',
    excerpt: brief.standfirst,
    content,
    tags,
    featured_media: hero?.mediaId ?? 0,
  };
  if (categories.length > 0) payload.categories = categories;
  // The site's own footnotes live in the post's meta (emptied when the brief has none left).
  if (footnotes !== null) payload.meta = { footnotes: footnotes.length > 0 ? JSON.stringify(footnotes) : '' };
  return { payload, uploaded: media.uploaded, warnings: media.warnings };
}

/**
 * Publishes a brief to a WordPress site (application password, REST API)
 * and records the post in the library's publications.json:
 *
 * - The first publish creates the post; every later one updates the same
 *   post (its id is recorded per brief per target). The slug comes from the
 *   headline at the first publish and is kept.
 * - Never a duplicate: the record is written before the create is sent. If
 *   the answer never comes (timeout, cut connection), the record has no
 *   post id, and the next publish first looks for the post by the marker in
 *   its content (post-content.ts) and updates it when found.
 * - Never a silent overwrite: before an update the post is read
 *   (`context=edit`); if its modified_gmt or the fingerprint of its raw
 *   title/excerpt/content differ from what our last write left, the result
 *   is `remote_changed` and nothing is written — unless `overwrite`.
 * - Content is the export's body rendering; notes are the block editor's
 *   footnotes where the site has them (site-footnotes.ts), linked endnotes
 *   otherwise; the hero and inline images are
 *   uploaded once per site (alt text, caption), the hero is the featured
 *   image, the standfirst the excerpt; tags and a category (the section)
 *   are set, missing ones created.
 * - A revision of kind 'publish' is kept after a successful write.
 *
 * Throws WordPressError: `auth` (wrong user or application password; not
 * retryable), `unreachable`/`timeout`/`server` (retryable), `forbidden`,
 * `rejected`, `rest_unavailable`, `invalid_target`; and BriefdeskError
 * 'not_found' for an unknown brief.
 */
export async function publishToWordPress(
  store: LibraryStore,
  briefId: string,
  target: WordPressTarget,
  options: PublishOptions,
): Promise<PublishResult> {
  const checked = checkOptions(target, options);
  return publishing.run(`${store.dataDir}\n${checked.target.id}\n${briefId}`, () =>
    publishOnce(store, briefId, checked.target, checked.dateGmt, options),
  );
}

async function publishOnce(
  store: LibraryStore,
  briefId: string,
  site: WordPressTarget,
  dateGmt: string | undefined,
  options: PublishOptions,
): Promise<PublishResult> {
  const now = options.now ?? (() => new Date());
  const prepared = await prepareForExport(store, briefId);
  const { brief } = prepared;
  const publications = await publicationsOf(store);
  const rest = new WordPressRest(site, options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs });
  const recorded = publications.post(site.id, briefId);

  let postId: number | null = null;
  if (recorded?.remoteId != null) {
    const remote = await fetchPost(rest, recorded.remoteId);
    if (remote === null && !options.overwrite) {
      return {
        outcome: 'remote_missing',
        postId: recorded.remoteId,
        message: `The post of this brief (id ${recorded.remoteId}) is no longer on the site: it was deleted or moved to the trash. Publish again to make a new post.`,
      };
    }
    if (remote !== null) {
      const changed = remote.modified_gmt !== recorded.modifiedGmt || postFingerprint(remote) !== recorded.contentHash;
      if (changed && !options.overwrite) {
        const by = await lastEditorName(rest, remote.id);
        return {
          outcome: 'remote_changed',
          postId: remote.id,
          link: remote.link,
          remoteModifiedGmt: remote.modified_gmt,
          remoteModifiedBy: by,
          recordedModifiedGmt: recorded.modifiedGmt,
          message: `The post was changed on the site${by ? ` by ${by}` : ''} (${remote.modified_gmt.replace('T', ' ')} UTC) since it was last published from Briefdesk. Bring the site's text into the brief, or replace it.`,
        };
      }
      postId = remote.id;
    }
  } else if (recorded) {
    // A create was sent before and its answer never came: the post may exist.
    postId = (await findPostByMarker(rest, briefId))?.id ?? null;
  }

  const slug = recorded?.slug || exportStem(brief.headline, brief.id, () => false);
  const { payload, uploaded, warnings } = await postPayload(prepared, rest, publications, site.id, now());
  payload.status = options.status;
  payload.slug = slug;
  if (dateGmt !== undefined) payload.date_gmt = dateGmt;

  const attemptedAt = now().toISOString();
  const pending: PostRecord = {
    briefId,
    remoteId: postId,
    link: recorded?.link ?? '',
    slug,
    status: recorded?.status ?? '',
    modifiedGmt: recorded?.modifiedGmt ?? '',
    contentHash: recorded?.contentHash ?? '',
    briefRevision: recorded?.briefRevision ?? -1,
    attemptedAt,
    publishedAt: recorded?.publishedAt ?? null,
  };
  // Written before the request: if the answer is lost, the next publish knows to look for the post.
  await publications.setPost(site.id, pending);
  const post = await rest.call(WpPost, {
    method: 'POST',
    route: postId === null ? '/wp/v2/posts' : `/wp/v2/posts/${postId}`,
    json: payload,
  });
  await publications.setPost(site.id, {
    ...pending,
    remoteId: post.id,
    link: post.link,
    slug: post.slug || slug,
    status: post.status,
    modifiedGmt: post.modified_gmt,
    contentHash: postFingerprint(post),
    briefRevision: brief.revision,
    publishedAt: now().toISOString(),
  });
  await store.revisions.snapshot(briefId, 'publish');
  return {
    outcome: postId === null ? 'created' : 'updated',
    postId: post.id,
    link: post.link,
    slug: post.slug || slug,
    status: post.status,
    modifiedGmt: post.modified_gmt,
    mediaUploaded: uploaded,
    warnings,
  };
}
