import { BriefdeskError } from '../../../shared/model/errors';
import { backupBeforeMigration } from '../migrations/before-migration';
import { LibraryStore, type LibraryStoreOptions } from './library-store';

/** Options of openLibrary: the store's, less the step the opener supplies itself. */
export type OpenLibraryOptions = Omit<LibraryStoreOptions, 'beforeLoad'>;

/**
 * Open a library for the shells and commands: once its lock is held, a
 * library.json of an older format is backed up to
 * backups/before-migration-<time>.zip before the store reads (and
 * migrates) it, and the store's `notice` says so. If the backup cannot be
 * written the library is not opened ('io'). Read-only, nothing is backed up:
 * nothing on disk changes.
 */
export async function openLibrary(dataDir: string, options: OpenLibraryOptions = {}): Promise<LibraryStore> {
  if (options.readOnly) return LibraryStore.open(dataDir, options);
  return LibraryStore.open(dataDir, { ...options, beforeLoad: backupBeforeMigration });
}

/**
 * Open a library the way the app does: for writing (an older format is
 * backed up, then migrated); a library written by a newer Briefdesk opens
 * read-only instead, its `notice` saying why, so its briefs can still be
 * read and exported.
 */
export async function openLibraryForApp(dataDir: string, options: OpenLibraryOptions = {}): Promise<LibraryStore> {
  try {
    return await openLibrary(dataDir, options);
  } catch (error) {
    if (!(error instanceof BriefdeskError) || error.code !== 'unsupported') throw error;
    return openLibrary(dataDir, { ...options, readOnly: true });
  }
}
