import type { HandlersOf, revisionsContract } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';
import { lazyFunction } from './lazy-section';

// The diff (the `diff` package, the editor schema's text forms) is loaded on its first use.
const diffRevision = lazyFunction(async () => (await import('../../services/revisions/diff-revision')).diffRevision);

/** A brief's history (store.revisions). */
export function revisionsHandlers(store: LibraryStore): HandlersOf<typeof revisionsContract> {
  return {
    listRevisions: async ({ id }) => ({ revisions: await store.revisions.list(id) }),
    getRevision: ({ id, revisionId }) => store.revisions.get(id, revisionId),
    saveVersion: ({ id, name }) => store.revisions.saveVersion(id, name),
    restoreRevision: ({ id, revisionId }) => store.revisions.restore(id, revisionId),
    diffRevision: ({ id, revisionId, toRevisionId }) => diffRevision(store, id, revisionId, toRevisionId),
  };
}
