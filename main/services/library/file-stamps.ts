import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { BriefId } from '../../../shared/model/brief';
import type { FileStamp } from './index-row';
import { errorCode, ioError } from './io-error';

/** The folder of brief files, relative to the data dir. */
export const ARTICLES_DIR = 'articles';

/** articles/<id>.json → id, for names that are brief files. */
export function briefIdOf(fileName: string): string | null {
  const match = /^(.+)\.json$/.exec(fileName);
  const id = match?.[1];
  return id !== undefined && BriefId.safeParse(id).success ? id : null;
}

/** Files stat'ed between two turns of the event loop (a few milliseconds' work). */
const STAT_SLICE = 256;

/**
 * Size and mtime of every brief file in `dir`. One synchronous stat after
 * another costs a fifth of as many promises through the thread pool (about
 * 80 ms against 400 ms for 10,000 files); the event loop gets a turn after
 * each slice, so a shell serving its page meanwhile keeps answering.
 */
export async function stampsOfBriefFiles(dir: string): Promise<Map<string, FileStamp>> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return new Map();
    throw ioError('read', dir, error);
  }
  const stamps = new Map<string, FileStamp>();
  for (const [index, name] of names.entries()) {
    if (index > 0 && index % STAT_SLICE === 0) await nextTurn();
    const id = briefIdOf(name);
    if (id === null) continue;
    try {
      const info = statSync(join(dir, name), { throwIfNoEntry: false });
      if (info?.isFile()) stamps.set(id, { fileSize: info.size, mtimeMs: info.mtimeMs });
    } catch (error) {
      throw ioError('read', join(dir, name), error);
    }
  }
  return stamps;
}
