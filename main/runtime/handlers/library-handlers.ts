import type { HandlersOf, libraryContract } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';

/** Listing and searching the library. */
export function libraryHandlers(store: LibraryStore): HandlersOf<typeof libraryContract> {
  return {
    listBriefs: async (query) => store.list(query),
    searchBriefs: (query) => store.search.search(query),
    libraryFacets: async ({ trash }) => store.facets(trash),
    libraryIndexStatus: async () => store.indexProgress(),
  };
}
