import { type Brief, BriefContent } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import type { Revision } from '../../../shared/revisions/revision';
import type { LibraryStore } from '../library/library-store';
import { listRevisionFolder, readRevisionFile } from '../revisions/revision-files';

/** A damaged brief that can be brought back from its history. */
export interface RecoverableBrief {
  id: string;
  revisionId: string;
  /** When that revision was taken. */
  createdAt: string;
  headline: string;
}

/** Every revision of a brief that still reads and validates, newest first (damaged files are skipped, left where they are). */
async function goodRevisions(dataDir: string, briefId: string): Promise<Revision[]> {
  const { ids } = await listRevisionFolder(dataDir, briefId);
  const good: Revision[] = [];
  for (const info of [...ids].sort((a, b) => b.time - a.time || b.id.localeCompare(a.id))) {
    try {
      const revision = await readRevisionFile(dataDir, briefId, info.id);
      if (BriefContent.safeParse(revision.content).success) good.push(revision);
    } catch (error) {
      if (!(error instanceof BriefdeskError) || (error.code !== 'damaged' && error.code !== 'not_found')) throw error;
    }
  }
  return good;
}

/** The damaged briefs that are not in the library any more and have a good revision to come back from. */
export async function recoverableBriefs(store: LibraryStore): Promise<RecoverableBrief[]> {
  const { briefs, damaged } = store.list();
  const { briefs: trashed } = store.list({ trash: true });
  const present = new Set([...briefs, ...trashed].map((brief) => brief.id));
  const ids = [...new Set(damaged.map((entry) => entry.id))].filter((id) => !present.has(id) && !id.includes('/') && !id.endsWith('.json'));
  const found: RecoverableBrief[] = [];
  for (const id of ids) {
    const [newest] = await goodRevisions(store.dataDir, id);
    if (newest) found.push({ id, revisionId: newest.id, createdAt: newest.createdAt, headline: newest.content.headline });
  }
  return found;
}

/**
 * Recreate a damaged brief from its newest good revision, under the same
 * id: its revision number goes one past the revision's, its creation time
 * is that of its oldest revision. Throws 'not_found' when it has no good revision.
 */
export async function restoreNewestGoodVersion(store: LibraryStore, id: string): Promise<Brief> {
  const good = await goodRevisions(store.dataDir, id);
  const newest = good[0];
  const oldest = good.at(-1);
  if (!newest || !oldest) throw new BriefdeskError('not_found', 'This brief has no earlier version that can be restored.');
  return store.recreate(id, newest.content, { revision: newest.briefRevision + 1, createdAt: oldest.createdAt });
}
