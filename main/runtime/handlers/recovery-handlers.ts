import type { HandlersOf, recoveryContract } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';
import { RecoveryStore } from '../../services/recovery/recovery-store';

/** Unsaved edits kept per window (recovery/), and keeping them as a named version. */
export function recoveryHandlers(store: LibraryStore): HandlersOf<typeof recoveryContract> {
  const recovery = new RecoveryStore(store);
  return {
    stashDraft: async ({ id, writer, baseRevision, content }) => {
      await recovery.stash(id, writer, baseRevision, content);
      return { ok: true };
    },
    dropDraft: async ({ id, writer }) => {
      await recovery.drop(id, writer);
      return { ok: true };
    },
    listRecoveries: ({ id }) => recovery.list(id),
    recoverDraft: ({ id, writer }) => recovery.recover(id, writer),
    keepUnsaved: ({ id, baseRevision, content, name }) => store.revisions.keepContent(id, content, baseRevision, name),
  };
}
