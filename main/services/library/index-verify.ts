import { readdirSync, statSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { BriefId, type DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { readBriefFile } from './brief-file';
import { type FileStamp, type IndexRow, indexRowOf, stampMatches } from './index-row';
import { errorCode, ioError } from './io-error';
import { quarantineFile } from './quarantine';

/** The folder of brief files, relative to the data dir. */
export const ARTICLES_DIR = 'articles';

/** What checking the index against articles/ found. */
export interface VerifyResult {
  rows: Map<string, IndexRow>;
  damaged: DamagedBrief[];
  /** Rows added, rebuilt or removed. */
  repaired: number;
}

interface VerifyOptions {
  dataDir: string;
  /** In read-only mode damaged files are reported where they are, not moved. */
  readOnly: boolean;
  now: () => Date;
}

/** articles/<id>.json → id, for names that are brief files. */
function briefIdOf(fileName: string): string | null {
  const match = /^(.+)\.json$/.exec(fileName);
  const id = match?.[1];
  return id !== undefined && BriefId.safeParse(id).success ? id : null;
}

/** Files stat'ed between two turns of the event loop (a few milliseconds' work). */
const STAT_SLICE = 256;

/**
 * Size and mtime of every brief file. One synchronous stat after another costs
 * a fifth of as many promises through the thread pool (about 80 ms against
 * 400 ms for 10,000 files); the event loop gets a turn after each slice, so a
 * shell serving its page while the library opens keeps answering.
 */
async function stampsOfBriefFiles(dir: string): Promise<Map<string, FileStamp>> {
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

/**
 * Check index rows against articles/ cheaply (one readdir, one stat per
 * file): a file whose size or mtime differs from its row, or that has no
 * row, is read again and its row rebuilt; a row whose file is gone is
 * dropped. A file that is not a valid brief is moved to quarantine/ and
 * reported as damaged. The given rows are not modified.
 */
export async function verifyIndex(rows: ReadonlyMap<string, IndexRow>, options: VerifyOptions): Promise<VerifyResult> {
  const articlesDir = join(options.dataDir, ARTICLES_DIR);
  const stamps = await stampsOfBriefFiles(articlesDir);
  const result: VerifyResult = { rows: new Map(), damaged: [], repaired: 0 };

  for (const id of rows.keys()) {
    if (!stamps.has(id)) result.repaired += 1;
  }
  await Promise.all(
    [...stamps].map(async ([id, stamp]) => {
      const row = rows.get(id);
      if (row && stampMatches(row, stamp)) {
        result.rows.set(id, row);
        return;
      }
      result.repaired += 1;
      const path = join(articlesDir, `${id}.json`);
      try {
        const stored = await readBriefFile(path, id);
        result.rows.set(id, indexRowOf(stored.brief, stored.stamp));
      } catch (error) {
        if (error instanceof BriefdeskError && error.code === 'not_found') return;
        if (!(error instanceof BriefdeskError) || error.code !== 'damaged') throw error;
        const now = options.now();
        const movedTo = options.readOnly ? join(ARTICLES_DIR, `${id}.json`) : await quarantineFile(options.dataDir, path, id, now);
        result.damaged.push({ id, movedTo, reason: error.message, detectedAt: now.toISOString() });
      }
    }),
  );
  return result;
}
