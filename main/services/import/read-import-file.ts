import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import { errorCode } from '../library/io-error';
import { asImportFileError, ImportFileError } from './import-error';

/** The bytes of a file to import: refuses a missing file, a folder or one over MAX_IMPORT_BYTES before reading it. */
export async function readImportFile(filePath: string, fileName = basename(filePath)): Promise<Buffer> {
  try {
    const info = await stat(filePath);
    if (!info.isFile()) throw new ImportFileError('unsupported', fileName, 'This is not a file.');
    if (info.size > MAX_IMPORT_BYTES) {
      const size = (info.size / (1024 * 1024)).toFixed(1);
      throw new ImportFileError('too_large', fileName, `The file is ${size} MB; Briefdesk imports files of up to 100 MB.`);
    }
    return await readFile(filePath);
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    const code = errorCode(error);
    if (code === 'ENOENT') throw new ImportFileError('not_found', fileName, 'There is no such file.');
    if (code === 'EACCES' || code === 'EPERM') throw new ImportFileError('io', fileName, 'Briefdesk is not allowed to read this file.');
    throw asImportFileError(fileName, error);
  }
}
