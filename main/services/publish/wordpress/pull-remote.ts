import { join } from 'node:path';
import { decodeHTML } from 'entities';
import { sanitizeImportHtml } from '../../../../shared/editor/sanitize-foreign-html';
import { BriefdeskError } from '../../../../shared/model/errors';
import type { RevisionSummary } from '../../../../shared/revisions/revision';
import { assembleBody } from '../../import/assemble-body';
import { importDom } from '../../import/import-dom';
import { PendingImages } from '../../import/pending-images';
import { prepareImportDom } from '../../import/prepare-import-dom';
import type { LibraryStore } from '../../library/library-store';
import { type Publications, publicationsOf } from '../publications';
import { appendFootnoteList } from './footnote-blocks';
import { withoutMarker } from './post-content';
import { fetchPost } from './remote-post';
import { WordPressRest } from './wordpress-rest';
import { postFingerprint, postFootnotesMeta } from './wordpress-schemas';
import { WordPressTarget } from './wordpress-target';
import { WordPressError } from './wordpress-error';

/** What pullRemote did. */
export interface PullResult {
  /** The revision that keeps the brief as it was before the pull. */
  beforeRevision: RevisionSummary;
  /** The brief's revision number after the pull. */
  revision: number;
  /** The site's modified time that is now recorded as the last known state. */
  modifiedGmt: string;
  warnings: string[];
}

/** Plain text of a title or excerpt as WordPress keeps it (it may hold entities or, for an excerpt, tags). */
async function plainText(raw: string): Promise<string> {
  if (!raw.includes('<')) return decodeHTML(raw).trim();
  const { document } = await importDom();
  const holder = document.createElement('div');
  holder.innerHTML = raw;
  return (holder.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The body of a post's raw content, through the import path: images that
 * are our own uploads (recorded per target) point back at their library
 * files, everything is sanitized (sanitizeImportHtml) and parsed with the
 * editor's schema (assembleBody) — Key Takeaways and Editor's Desks are
 * recognised by their classes, the site's own footnotes (`footnotes`, the
 * post's notes meta) by their references and list. Other web images are left out with a warning.
 */
async function bodyOfContent(
  store: LibraryStore,
  publications: Publications,
  targetId: string,
  post: { raw: string; footnotes: string },
  warnings: string[],
) {
  const { document, purify } = await importDom();
  const mediaUrls = new Map<string, string>();
  for (const item of publications.mediaOf(targetId)) mediaUrls.set(item.url, item.assetId);
  const holder = document.createElement('div');
  holder.innerHTML = withoutMarker(post.raw);
  appendFootnoteList(holder, post.footnotes);
  // As every import: notes (the site's footnotes, or our linked endnotes) made footnotes, code verbatim, while the ids are there.
  prepareImportDom(holder, document, { trimFinalNewline: false });
  for (const image of Array.from(holder.querySelectorAll('img'))) {
    const assetId = mediaUrls.get(image.getAttribute('src') ?? '');
    // A relative source inside the library's assets folder: read back by the import as the same asset.
    if (assetId !== undefined && store.assetPath(assetId) !== null) image.setAttribute('src', assetId);
  }
  const pending = new PendingImages();
  const fragment = sanitizeImportHtml(purify, holder.innerHTML);
  const body = await assembleBody(document, Array.from(fragment.childNodes), { pending, baseDir: join(store.dataDir, 'assets') });
  warnings.push(...pending.warnings());
  await pending.store(store);
  return body;
}

/**
 * Takes the site's version of a published brief into the brief: the
 * current brief is first kept as a revision ('before-pull'), then the
 * post's title, excerpt and content (raw) become the headline, standfirst
 * and body (the body through the HTML import path), saved as a new
 * revision of the brief; the post's current state is recorded as the last
 * known one, so the next publish updates it without a `remote_changed`.
 * Throws BriefdeskError 'not_found' when the brief was never published to
 * this target or the post is gone, and WordPressError for the site's failures.
 */
export async function pullRemote(store: LibraryStore, briefId: string, target: WordPressTarget): Promise<PullResult> {
  const site = WordPressTarget.safeParse(target);
  if (!site.success)
    throw new WordPressError(
      'invalid_target',
      `The WordPress target's settings are incomplete: ${site.error.issues[0]?.message ?? 'invalid'}.`,
    );
  const publications = await publicationsOf(store);
  const recorded = publications.post(site.data.id, briefId);
  if (!recorded || recorded.remoteId === null) {
    throw new BriefdeskError('not_found', 'This brief has not been published to that site yet: there is nothing to bring back.');
  }
  const rest = new WordPressRest(site.data);
  const remote = await fetchPost(rest, recorded.remoteId);
  if (remote === null) throw new BriefdeskError('not_found', `The post of this brief (id ${recorded.remoteId}) is no longer on the site.`);

  const warnings: string[] = [];
  const body = await bodyOfContent(
    store,
    publications,
    site.data.id,
    { raw: remote.content.raw ?? '', footnotes: postFootnotesMeta(remote) },
    warnings,
  );
  const headline = await plainText(remote.title.raw ?? '');
  const standfirst = await plainText(remote.excerpt.raw ?? '');
  const beforeRevision = await store.revisions.snapshot(briefId, 'before-pull');
  const current = await store.get(briefId);
  const saved = await store.save(briefId, { ...current, headline, standfirst, body }, current.revision);
  await publications.setPost(site.data.id, {
    ...recorded,
    link: remote.link,
    slug: remote.slug || recorded.slug,
    status: remote.status,
    modifiedGmt: remote.modified_gmt,
    contentHash: postFingerprint(remote),
  });
  return { beforeRevision, revision: saved.revision, modifiedGmt: remote.modified_gmt, warnings };
}
