import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BriefdeskError } from '../../../shared/model/errors';
import { BACKUPS_DIR, fileTime } from '../backup/backup-format';
import { writeNewFile } from '../backup/write-new-file';
import { createBackupArchive } from '../backup/write-backup';
import { errorCode, errorMessage, ioError } from '../io-error';
import { LIBRARY_SCHEMA_VERSION } from '../library-file';
import { versionOf } from './migration-step';

/** The schemaVersion of library.json in `dataDir`, or null when it is missing or unreadable as JSON. */
export async function libraryFileVersion(dataDir: string): Promise<number | null> {
  const path = join(dataDir, 'library.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw ioError('read', path, error);
  }
  try {
    return versionOf(JSON.parse(text));
  } catch {
    return null;
  }
}

/**
 * When library.json in `dataDir` is of an older format than this Briefdesk
 * writes, back the whole library up to backups/before-migration-<time>.zip
 * before anything is migrated, and return a sentence saying so; otherwise
 * return null. If the backup cannot be written the library is not opened
 * ('io'): it is never migrated without one.
 */
export async function backupBeforeMigration(dataDir: string, now: Date): Promise<string | null> {
  const version = await libraryFileVersion(dataDir);
  if (version === null || version >= LIBRARY_SCHEMA_VERSION) return null;
  const relative = `${BACKUPS_DIR}/before-migration-${fileTime(now)}.zip`;
  try {
    const archive = await createBackupArchive(dataDir, { appVersion: `library format ${version}`, now: () => now });
    await mkdir(join(dataDir, BACKUPS_DIR), { recursive: true });
    await writeNewFile(join(dataDir, ...relative.split('/')), archive.bytes);
  } catch (error) {
    throw new BriefdeskError(
      'io',
      `This library (format ${version}) must be upgraded, but it could not be backed up first, so it was not changed. ${errorMessage(error)}`,
      { cause: error },
    );
  }
  return `This library was upgraded from format ${version} to format ${LIBRARY_SCHEMA_VERSION}. A backup of it as it was is in ${relative}.`;
}
