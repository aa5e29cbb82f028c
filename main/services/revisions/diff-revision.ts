import { BriefContent } from '../../../shared/model/brief';
import { type BriefDiff, diffBriefs } from '../../../shared/revisions/brief-diff';
import type { LibraryStore } from '../library/library-store';

/**
 * How a brief changed since one of its revisions: from `revisionId` to the
 * brief as stored now, or to the revision `toRevisionId` when given.
 */
export async function diffRevision(store: LibraryStore, briefId: string, revisionId: string, toRevisionId?: string): Promise<BriefDiff> {
  const older = await store.revisions.get(briefId, revisionId);
  const newer =
    toRevisionId === undefined ? BriefContent.parse(await store.get(briefId)) : (await store.revisions.get(briefId, toRevisionId)).content;
  return diffBriefs(older.content, newer);
}
