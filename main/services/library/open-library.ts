import { BriefdeskError } from '../../../shared/model/errors';
import { LibraryStore, type LibraryStoreOptions } from './library-store';

/**
 * Open a library the way the app does: for writing (an older format is
 * backed up, then migrated); a library written by a newer Briefdesk opens
 * read-only instead, its `notice` saying why, so its briefs can still be
 * read and exported.
 */
export async function openLibraryForApp(dataDir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
  try {
    return await LibraryStore.open(dataDir, options);
  } catch (error) {
    if (!(error instanceof BriefdeskError) || error.code !== 'unsupported') throw error;
    return LibraryStore.open(dataDir, { ...options, readOnly: true });
  }
}
