import { open, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { BriefdeskError } from '../../../shared/model/errors';
import { syncDirectory } from '../library/durable-write';
import { errorCode, ioError } from '../library/io-error';

/**
 * Write a new file and fsync it, never replacing one: it is created with
 * O_EXCL, so an existing `target` throws 'invalid_input'. A failed write
 * removes what it started (a half-written archive would be refused on
 * restore anyway: its checksums would not match).
 */
export async function writeNewFile(target: string, bytes: Uint8Array): Promise<void> {
  let handle;
  try {
    handle = await open(target, 'wx');
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw new BriefdeskError('invalid_input', `${target} already exists; choose another file name.`);
    throw ioError('write', target, error);
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await rm(target, { force: true });
    throw ioError('write', target, error);
  }
  await handle.close();
  await syncDirectory(dirname(target));
}
