import type { deskContract, HandlersOf } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';

/** The desk library (store.deskLibrary). */
export function deskHandlers(store: LibraryStore): HandlersOf<typeof deskContract> {
  return {
    listDeskBlocks: async ({ query }) => store.deskLibrary.list(query),
    getDeskBlock: async ({ id }) => store.deskLibrary.get(id),
    saveDeskBlock: (input) => store.deskLibrary.save(input),
    renameDeskBlock: ({ id, name }) => store.deskLibrary.rename(id, name),
    deskBlockUsage: async ({ id }) => store.deskLibrary.usage(id),
    deleteDeskBlock: ({ id }) => store.deskLibrary.delete(id),
  };
}
