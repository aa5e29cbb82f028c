import { randomBytes } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { type DurableFs, durableFs } from './durable-fs';
import { errorCode, ioError } from './io-error';

export type { DurableFs };

const TEMP_FILE = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** Whether a file name is a temp file left by writeFileDurable (e.g. after a crash). */
export function isDurableTempFile(name: string): boolean {
  return TEMP_FILE.test(name);
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** fsync a directory so a rename or unlink in it survives a power cut. */
export async function syncDirectory(dir: string, fs: Pick<DurableFs, 'open'> = durableFs()): Promise<void> {
  let handle: fsPromises.FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; the rename is already as durable as it gets there.
    const unsupported = ['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES'].includes(errorCode(error) ?? '');
    if (!unsupported && process.platform !== 'win32') throw ioError('write', dir, error);
  } finally {
    await handle?.close();
  }
}

/** Size and modification time of a file as written (a rename keeps both). */
export interface WrittenFile {
  fileSize: number;
  mtimeMs: number;
}

/**
 * Replace `target` with `data` so that after a crash the file holds either
 * the old or the new content, never a mix: write a temp file beside it,
 * fsync, rename over the target, fsync the folder. The temp file is removed
 * on failure. Failures become BriefdeskError('io') naming the file and cause.
 */
export async function writeFileDurable(target: string, data: string | Uint8Array, fs: DurableFs = durableFs()): Promise<void> {
  await writeFileDurableStamped(target, data, fs);
}

/** writeFileDurable, resolving to the new file's size and mtime (read while it is fsynced; the rename keeps both). */
export async function writeFileDurableStamped(
  target: string,
  data: string | Uint8Array,
  fs: DurableFs = durableFs(),
): Promise<WrittenFile> {
  const temp = tempPathFor(target);
  let handle: fsPromises.FileHandle | undefined;
  let written: WrittenFile;
  try {
    handle = await fs.open(temp, 'wx');
    await handle.writeFile(data);
    const [, info] = await Promise.all([handle.sync(), handle.stat()]);
    written = { fileSize: info.size, mtimeMs: info.mtimeMs };
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw ioError('write', target, error);
  }
  await syncDirectory(dirname(target), fs);
  return written;
}

/** Remove temp files a crashed durable write left in `dir`. Returns how many were removed. */
export async function removeLeftoverTempFiles(dir: string): Promise<number> {
  let names: string[];
  try {
    names = await fsPromises.readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 0;
    throw ioError('read', dir, error);
  }
  const leftovers = names.filter(isDurableTempFile);
  const fs = durableFs();
  await Promise.all(leftovers.map((name) => fs.rm(join(dir, name), { force: true })));
  return leftovers.length;
}
