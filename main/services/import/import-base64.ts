import { ImportFileError } from './import-error';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The bytes of a file sent as base64; throws ImportFileError naming it rather than silently dropping bad characters. */
export function decodeImportBase64(fileName: string, data: string): Uint8Array {
  const compact = data.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw new ImportFileError('invalid_input', fileName, 'The file did not arrive whole (its data is not valid base64). Try importing it again.');
  }
  return Buffer.from(compact, 'base64');
}
