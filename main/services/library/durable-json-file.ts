import type { Adapter } from 'lowdb';
import { type WrittenFile, writeFileDurableStamped } from './durable-write';
import { readJsonFile } from './read-json-file';

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
  read(): Promise<T | null> {
    return readJsonFile(this.path, this.#parse);
  }

  async write(data: T): Promise<void> {
    await this.writeStamped(data);
  }

  /** Write `data` (2-space indented JSON) and resolve to the new file's size and mtime. */
  writeStamped(data: T): Promise<WrittenFile> {
    return writeFileDurableStamped(this.path, JSON.stringify(data, null, 2));
  }
}
