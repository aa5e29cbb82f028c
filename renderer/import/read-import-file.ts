import { MAX_IMPORT_BYTES } from '../../shared/api/contract';
import { BriefdeskError } from '../../shared/model/errors';
import { bytesToBase64 } from '../files/bytes-to-base64';

/** What an import needs of a picked or dropped file (a `File` has all of it). */
export interface ImportSource {
  readonly name: string;
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

const MEGABYTE = 1024 * 1024;
const megabytes = (bytes: number): string => `${Math.ceil(bytes / MEGABYTE)} MB`;

/** A message when a file is too large to import, or null. Checked before the file is read. */
export function importFileProblem(file: { name: string; size: number }): string | null {
  if (file.size > MAX_IMPORT_BYTES) {
    return `“${file.name}” is ${megabytes(file.size)}; files to import can be at most ${megabytes(MAX_IMPORT_BYTES)}.`;
  }
  return null;
}

/**
 * Reads a file for `importFile` (name + base64 bytes). A file over the limit
 * is refused before a byte is read; throws a BriefdeskError with a message to show.
 */
export async function readImportFile(file: ImportSource): Promise<{ fileName: string; dataBase64: string }> {
  const problem = importFileProblem(file);
  if (problem) throw new BriefdeskError('too_large', problem);
  let buffer: ArrayBuffer;
  try {
    buffer = await file.arrayBuffer();
  } catch (error) {
    throw new BriefdeskError('io', `Could not read “${file.name}” (is it a folder, or was it moved?).`, { cause: error });
  }
  return { fileName: file.name, dataBase64: bytesToBase64(new Uint8Array(buffer)) };
}
