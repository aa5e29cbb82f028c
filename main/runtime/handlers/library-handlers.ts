import type { HandlersOf, libraryContract } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';

/** Listing and searching the library. */
export function libraryHandlers(store: LibraryStore): HandlersOf<typeof libraryContract> {
  return {
    listBriefs: async ({ trash }) => store.list({ trash }),
    searchBriefs: (query) => store.search.search(query),
  };
}
