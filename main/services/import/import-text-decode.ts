import { ImportFileError } from './import-error';

/** Strict: invalid UTF-8 throws. A leading BOM is dropped. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an imported file, or throws ImportFileError: empty (or only
 * white space), binary (NUL bytes) or not UTF-8. `what` names what the
 * file should have been ("a Markdown file", "an HTML page"…), for the
 * message about a binary file.
 */
export function decodeImportText(fileName: string, bytes: Uint8Array, what: string): string {
  const empty = (): ImportFileError => new ImportFileError('invalid_input', fileName, 'The file is empty: there is nothing to import.');
  if (bytes.byteLength === 0) throw empty();
  if (bytes.includes(0)) throw new ImportFileError('unsupported', fileName, `This is a binary file, not ${what}.`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ImportFileError('unsupported', fileName, 'The file is not valid UTF-8 text. Save it as UTF-8 (Unicode) and import it again.');
  }
  if (text.trim() === '') throw empty();
  return text.replace(/\r\n?/g, '\n');
}
