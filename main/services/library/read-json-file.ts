import { readFile } from 'node:fs/promises';
import { BriefdeskError } from '../../../shared/model/errors';
import { errorCode, errorMessage, ioError } from './io-error';

/** The error for a file that is not JSON: BriefdeskError('damaged', 'Not valid JSON: …'). */
function notValidJson(error: unknown): BriefdeskError {
  return new BriefdeskError('damaged', `Not valid JSON: ${errorMessage(error)}`, { cause: error });
}

/**
 * Read the JSON file at `path` and check it with `parse`: null when there is
 * no such file. Throws 'io' when it cannot be read, `notJson(error)` when it
 * is not JSON (by default 'damaged', "Not valid JSON: …"), and whatever
 * `parse` throws.
 */
export async function readJsonFile<T>(
  path: string,
  parse: (value: unknown) => T,
  notJson: (error: unknown) => Error = notValidJson,
): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw ioError('read', path, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw notJson(error);
  }
  return parse(value);
}
