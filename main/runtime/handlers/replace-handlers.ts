import type { HandlersOf, replaceContract } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';
import { LibraryReplace } from '../../services/replace/library-replace';
import { findInLibrary } from '../../services/replace/library-search';

/** Find and replace in all briefs: the search, and replace jobs polled for progress. */
export function replaceHandlers(store: LibraryStore): HandlersOf<typeof replaceContract> {
  const replace = new LibraryReplace(store);
  return {
    findInLibrary: (options) => findInLibrary(store, options),
    startLibraryReplace: ({ options, picks }) => Promise.resolve({ jobId: replace.start(options, picks).jobId }),
    libraryReplaceStatus: ({ jobId }) => Promise.resolve(replace.status(jobId)),
    cancelLibraryReplace: ({ jobId }) => {
      replace.cancel(jobId);
      return Promise.resolve({ ok: true as const });
    },
  };
}
