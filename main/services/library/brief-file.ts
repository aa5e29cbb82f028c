import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { Brief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { parseStoredBrief } from './brief-validation';
import { writeFileDurableStamped } from './durable-write';
import type { FileStamp, FileVersion } from './index-row';
import { errorCode, errorMessage, ioError } from './io-error';

/** A brief read from disk with the stamp and hash of the file it came from. */
export interface StoredBrief {
  brief: Brief;
  file: FileVersion;
}

/** SHA-256 of a file's text, hex. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Size and mtime of a file. */
export async function fileStamp(path: string): Promise<FileStamp> {
  try {
    const info = await stat(path);
    return { fileSize: info.size, mtimeMs: info.mtimeMs };
  } catch (error) {
    throw readError(path, error);
  }
}

/** What a failed read of `path` is: 'not_found' when the file is missing, else a read error (a Briefdesk error as it is). */
function readError(path: string, error: unknown): BriefdeskError {
  if (errorCode(error) === 'ENOENT') return new BriefdeskError('not_found', `There is no file ${path}.`, { cause: error });
  return ioError('read', path, error);
}

/** A brief file's text with its stamp and hash; throws 'not_found' when it is missing, 'io' when it cannot be read. */
export async function readBriefText(path: string): Promise<{ text: string; file: FileVersion }> {
  try {
    // The stamp first: a file replaced meanwhile then looks changed on the next check, never unchanged.
    const stamp = await fileStamp(path);
    const text = await readFile(path, 'utf8');
    return { text, file: { ...stamp, hash: contentHash(text) } };
  } catch (error) {
    throw readError(path, error);
  }
}

/**
 * readBriefText, blocking: for a reader thread, where a blocking read costs
 * less than a promise through the thread pool. The stamp is the open file's,
 * so it is always that of the bytes read.
 */
export function readBriefTextSync(path: string): { text: string; file: FileVersion } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw readError(path, error);
  }
  try {
    const info = fstatSync(fd);
    const text = readFileSync(fd, 'utf8');
    return { text, file: { fileSize: info.size, mtimeMs: info.mtimeMs, hash: contentHash(text) } };
  } catch (error) {
    throw ioError('read', path, error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Check the text of articles/<id>.json. Throws BriefdeskError('damaged') with
 * the reason when it is not a valid brief for this id.
 */
export function parseBriefText(text: string, expectedId: string): Brief {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new BriefdeskError('damaged', `Not valid JSON: ${errorMessage(error)}`, { cause: error });
  }
  const brief = parseStoredBrief(value);
  if (brief.id !== expectedId) {
    throw new BriefdeskError('damaged', `The file name does not match the brief id inside it ("${brief.id}").`);
  }
  return brief;
}

/**
 * Read and check articles/<id>.json. Throws BriefdeskError('not_found') when
 * the file is missing, ('damaged') with the reason when it is not a valid
 * brief for this id, ('io') when it cannot be read.
 */
export async function readBriefFile(path: string, expectedId: string): Promise<StoredBrief> {
  const { text, file } = await readBriefText(path).catch((error: unknown) => {
    if (error instanceof BriefdeskError && error.code === 'not_found') {
      throw new BriefdeskError('not_found', `There is no brief "${expectedId}" in this library.`, { cause: error });
    }
    throw error;
  });
  return { brief: parseBriefText(text, expectedId), file };
}

/** Write articles/<id>.json durably (2-space indented JSON) and return the new file's stamp and hash. */
export async function writeBriefFile(path: string, brief: Brief): Promise<FileVersion> {
  const text = JSON.stringify(brief, null, 2);
  const stamp = await writeFileDurableStamped(path, text);
  return { ...stamp, hash: contentHash(text) };
}
