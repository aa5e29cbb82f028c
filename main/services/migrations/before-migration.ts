import { mkdir, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BriefdeskError } from '../../../shared/model/errors';
import { BACKUPS_DIR, fileTime } from '../backup/backup-format';
import { writeNewFile } from '../backup/write-new-file';
import { createBackupArchive } from '../backup/write-backup';
import { errorCode, errorMessage, ioError } from '../library/io-error';
import { LIBRARY_SCHEMA_VERSION } from '../library/library-file';
import { versionOf } from './migration-step';

/** How much of library.json is read to find a leading schemaVersion. */
const HEAD_BYTES = 64;
/** library.json as this Briefdesk writes it: the object's first key is its version. */
const LEADING_VERSION = /^\s*\{\s*"schemaVersion"\s*:\s*(\d+)\s*[,}]/;

/**
 * The version at the very start of library.json when it is at least the
 * current one (then nothing needs a backup, whatever the rest of the file
 * holds); null when the full file must be parsed to know.
 */
async function currentLeadingVersion(path: string): Promise<number | null> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(HEAD_BYTES), 0, HEAD_BYTES, 0);
    const match = LEADING_VERSION.exec(buffer.toString('utf8', 0, bytesRead));
    const version = match ? Number(match[1]) : null;
    return version !== null && version >= LIBRARY_SCHEMA_VERSION ? version : null;
  } finally {
    await file.close();
  }
}

/**
 * The schemaVersion of library.json in `dataDir`, or null when it is missing
 * or unreadable as JSON. A file that starts with a current version is not
 * parsed (opening the library parses it next); for any other the whole file is.
 */
export async function libraryFileVersion(dataDir: string): Promise<number | null> {
  const path = join(dataDir, 'library.json');
  let text: string;
  try {
    const leading = await currentLeadingVersion(path);
    if (leading !== null) return leading;
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
