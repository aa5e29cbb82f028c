import type { KeyedQueue } from './keyed-queue';

/**
 * What a part of the library (templates, desk library) borrows from the
 * LibraryStore that owns it: where the data dir is, the checks that the
 * library is open (and writable), and the write queue — so the store's
 * flush and close wait for the part's writes too.
 */
export interface LibraryContext {
  dataDir: string;
  /** Opened read-only: nothing on disk changes (damaged files are only reported). */
  readOnly: boolean;
  /** Throws unless the library is open. */
  assertOpen(): void;
  /** Throws unless the library is open and writable. */
  assertWritable(): void;
  queue: KeyedQueue;
  now: () => Date;
  /** Ids for new templates and desk blocks. */
  newId: () => string;
}
