import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { BriefdeskError } from '../../../shared/model/errors';
import { type WrittenFile, writeFileDurableStamped } from './durable-write';
import { errorCode, errorMessage, ioError } from './io-error';

/**
 * A lowdb adapter for one JSON file, written durably (temp + fsync + rename +
 * directory fsync). `parse` checks what was read and returns it typed, or
 * throws; text that is not JSON throws BriefdeskError('damaged').
 */
export class DurableJsonFile<T> implements Adapter<T> {
  readonly path: string;
  readonly #parse: (value: unknown) => T;

  constructor(path: string, parse: (value: unknown) => T) {
    this.path = path;
    this.#parse = parse;
  }

  /** The parsed file, or null when it does not exist. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return null;
      throw ioError('read', this.path, error);
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new BriefdeskError('damaged', `Not valid JSON: ${errorMessage(error)}`, { cause: error });
    }
    return this.#parse(value);
  }

  async write(data: T): Promise<void> {
    await this.writeStamped(data);
  }

  /** Write `data` (2-space indented JSON) and resolve to the new file's size and mtime. */
  writeStamped(data: T): Promise<WrittenFile> {
    return writeFileDurableStamped(this.path, JSON.stringify(data, null, 2));
  }
}
