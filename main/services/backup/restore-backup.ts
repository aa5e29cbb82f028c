import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, rmdir, utimes } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { BriefdeskError } from '../../../shared/model/errors';
import { syncDirectory, writeFileDurable } from '../library/durable-write';
import { errorCode, ioError } from '../library/io-error';
import type { BackupCounts, BackupManifest } from './backup-format';
import { checkBackup } from './read-backup';

/** What a restore wrote. */
export interface RestoredLibrary {
  /** The new library folder. */
  dataDir: string;
  manifest: BackupManifest;
  counts: BackupCounts;
}

/** Whether a folder is missing or empty; throws 'invalid_input' when it is a folder with files in it. */
async function requireEmpty(dir: string): Promise<boolean> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    if (errorCode(error) === 'ENOTDIR') throw new BriefdeskError('invalid_input', `${dir} is a file, not a folder.`);
    throw ioError('read', dir, error);
  }
  if (names.length > 0) {
    throw new BriefdeskError(
      'invalid_input',
      `${dir} is not empty. A backup is restored into a new, empty folder, so no library is ever overwritten.`,
    );
  }
  return true;
}

/**
 * Restore a backup archive into `intoDir`, a new library folder (missing or
 * empty; never an existing library). The archive is checked completely
 * first (see checkBackup); the files are then written durably into a
 * hidden folder beside `intoDir`, given their original mtimes (to the millisecond), and that
 * folder is renamed into place — so a refused archive or a failed write
 * leaves nothing behind. `name` is the archive's name for messages.
 */
export async function restoreBackup(bytes: Uint8Array, name: string, intoDir: string): Promise<RestoredLibrary> {
  const target = resolve(intoDir);
  const existsEmpty = await requireEmpty(target);
  const checked = checkBackup(bytes, name);
  const parent = dirname(target);
  const staging = join(parent, `.${basename(target)}.restoring-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(staging, { recursive: true });
    for (const file of checked.files) {
      const path = join(staging, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFileDurable(path, file.bytes);
      await utimes(path, file.mtimeMs / 1000, file.mtimeMs / 1000);
    }
    await syncDirectory(staging);
    if (existsEmpty) await rmdir(target);
    await rename(staging, target);
    await syncDirectory(parent);
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
    throw ioError('write', target, error);
  }
  return { dataDir: target, manifest: checked.manifest, counts: checked.counts };
}
