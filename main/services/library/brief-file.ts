import { stat } from 'node:fs/promises';
import { Low } from 'lowdb';
import type { Brief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { parseStoredBrief } from './brief-validation';
import { DurableJsonFile } from './durable-json-file';
import type { FileStamp } from './index-row';
import { errorCode, ioError } from './io-error';

/** A brief read from disk with the stamp of the file it came from. */
export interface StoredBrief {
  brief: Brief;
  stamp: FileStamp;
}

/** Size and mtime of a file. */
export async function fileStamp(path: string): Promise<FileStamp> {
  try {
    const info = await stat(path);
    return { fileSize: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    throw ioError('read', path, error);
  }
}

/** Size and mtime of a file, or null when there is no file. */
async function stampIfPresent(path: string): Promise<FileStamp | null> {
  try {
    const info = await stat(path);
    return { fileSize: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw ioError('read', path, error);
  }
}

const noBrief = (id: string): BriefdeskError => new BriefdeskError('not_found', `There is no brief "${id}" in this library.`);

/**
 * Read and check articles/<id>.json. Throws BriefdeskError('not_found') when
 * the file is missing, ('damaged') with the reason when it is not a valid
 * brief for this id, ('io') when it cannot be read.
 */
export async function readBriefFile(path: string, expectedId: string): Promise<StoredBrief> {
  const stamp = await stampIfPresent(path);
  if (stamp === null) throw noBrief(expectedId);
  const db = new Low<Brief | null>(new DurableJsonFile<Brief | null>(path, parseStoredBrief), null);
  await db.read();
  if (db.data === null) throw noBrief(expectedId);
  if (db.data.id !== expectedId) {
    throw new BriefdeskError('damaged', `The file name does not match the brief id inside it ("${db.data.id}").`);
  }
  return { brief: db.data, stamp };
}

/** Write articles/<id>.json durably (the lowdb adapter's write) and return the new file's stamp. */
export async function writeBriefFile(path: string, brief: Brief): Promise<FileStamp> {
  return new DurableJsonFile<Brief>(path, parseStoredBrief).writeStamped(brief);
}
