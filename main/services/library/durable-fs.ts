import * as fsPromises from 'node:fs/promises';

/** The file-system calls a durable write makes: open (and the handle's write, fsync, stat, close), rename, rm. */
export type DurableFs = Pick<typeof fsPromises, 'open' | 'rename' | 'rm'>;

let current: DurableFs = fsPromises;

/** The file system durable writes use now: Node's, unless a test put another in place. */
export function durableFs(): DurableFs {
  return current;
}

/**
 * Make every durable write (brief files, library.json and the other lowdb
 * files, images) go through `fs` — a recording or failing file system in
 * tests — until the returned function is called, which puts the previous
 * one back.
 */
export function useDurableFs(fs: DurableFs): () => void {
  const previous = current;
  current = fs;
  return () => {
    current = previous;
  };
}
