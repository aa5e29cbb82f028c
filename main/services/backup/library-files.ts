import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { isDurableTempFile } from '../library/durable-write';
import { errorCode, ioError } from '../library/io-error';
import { INDEX_FILES } from '../library/index-schema';
import { LOCK_FILES } from '../library/lock';
import { BACKUPS_DIR } from './backup-format';

/** An index.db set aside as damaged (quarantine/index.<time>.db…): derived data, and large. */
const QUARANTINED_INDEX = /^quarantine\/index\.[^/]+\.db(?:-wal|-shm|-journal)?$/;

/**
 * Whether a file or folder of the data dir is left out of a backup: the lock,
 * temp files, backups/, and index.db with any damaged copies of it (derived
 * from the brief files: a restored library rebuilds it when it opens).
 */
function leftOut(relativePath: string, name: string): boolean {
  if (LOCK_FILES.includes(relativePath) || INDEX_FILES.includes(relativePath) || relativePath === BACKUPS_DIR) return true;
  if (QUARANTINED_INDEX.test(relativePath)) return true;
  return isDurableTempFile(name);
}

/**
 * Every file of the library in `dataDir`, as sorted `/`-separated paths
 * relative to it — library.json, articles, assets, revisions, templates,
 * the desk library, quarantine — without the lock, index.db, temp files of
 * interrupted writes and the backups/ folder.
 */
export async function listLibraryFiles(dataDir: string): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    const dir = relative === '' ? dataDir : join(dataDir, relative);
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      // A folder removed meanwhile (a brief deleted for good): nothing of it to keep.
      if (errorCode(error) === 'ENOENT' && relative !== '') return;
      throw ioError('read', dir, error);
    }
    for (const entry of entries) {
      const path = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (leftOut(path, entry.name)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) found.push(path);
    }
  }
  await walk('');
  return found.sort();
}
