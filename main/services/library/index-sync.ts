import { join } from 'node:path';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import type { IndexDocument } from '../search/index-document';
import { stampsOfBriefFiles } from './file-stamps';
import type { BriefReader, ReadOutcome } from './index-reader';
import { type FileStamp, type FileVersion, stampMatches } from './index-row';

/** Brief files read as one slice (one message to a reader thread). */
const READ_BATCH = 32;
/**
 * Files asked for ahead of those being written, in write batches: the reader
 * threads read the next two batches while the main thread writes one, so
 * neither waits for the other.
 */
const READ_AHEAD_BATCHES = 2;
/** While the library writes (a save), the sync looks again after this long. */
const BACKOFF_MS = 5;

/** A batch of changes to the index, made from files read after `since` (a touch counter). */
export interface SyncBatch {
  documents: IndexDocument[];
  removals: string[];
  /** Files whose bytes are what the index has (same hash) but whose stamp moved (copied, touched). */
  restamped: { id: string; file: FileVersion }[];
  since: number;
}

/** What the sync works on: the index, the library's writes, and where to report. */
export interface SyncTarget {
  articlesDir: string;
  /** The stamp and hash of each brief's file as the index has them (read in pages, giving the thread back between). */
  fileVersions(): Promise<Map<string, FileVersion>>;
  /** The touch counter now: a brief written or removed after this is left to that write. */
  touchCounter(): number;
  /** Briefs written in one transaction: more for a rebuild (fewer, larger full-text segments), fewer for a catch-up. */
  writeBatch: number;
  /** Who reads the `files` files to read: reader threads for many, the main thread for a few. */
  reader(files: number): BriefReader;
  /** Apply a batch (skipping briefs touched since it was read). */
  apply(batch: SyncBatch): void;
  /** A file found damaged: set it aside (or only report it, read-only). */
  damaged(id: string, path: string, reason: string): Promise<DamagedBrief | null>;
  progress(done: number, total: number): void;
  /** True while the library is writing: the sync gives way. */
  busy(): boolean;
  stopped(): boolean;
}

/** What a sync found. */
export interface SyncResult {
  /** Briefs read and indexed again. */
  indexed: number;
  removed: number;
  damaged: DamagedBrief[];
}

async function giveWay(target: SyncTarget): Promise<void> {
  await nextTurn();
  while (target.busy() && !target.stopped()) await sleep(BACKOFF_MS);
}

/** The briefs whose files differ from (or are missing in) the index, oldest file first; every brief when `all`. */
function filesToRead(stamps: Map<string, FileStamp>, versions: Map<string, FileVersion>, all: boolean): [string, FileStamp][] {
  const changed = [...stamps].filter(([id, stamp]) => {
    const known = versions.get(id);
    return all || known === undefined || !stampMatches(known, stamp);
  });
  // Oldest first: a brief's document number then follows when it last changed, which the search's recency window uses.
  return changed.sort((a, b) => a[1].mtimeMs - b[1].mtimeMs);
}

/** A slice of files whose reading has been asked for, with the touch counter from before it was. */
interface Reading {
  slice: [string, FileStamp][];
  since: number;
  outcomes: Promise<ReadOutcome[]>;
}

const isEmpty = (batch: SyncBatch): boolean => batch.documents.length + batch.removals.length + batch.restamped.length === 0;

/**
 * Bring the index in line with the brief files: one readdir and one stat per
 * file; a file whose size or mtime differs from its row (or that has no row,
 * or every file when `all`) is read again — when its bytes hash the same only
 * its stamp is updated, otherwise it is parsed and indexed anew — and a row
 * whose file is gone is dropped. A file that is not a valid brief goes to
 * `target.damaged`. The files are read by `target.reader` (reader threads
 * for a rebuild) a few slices ahead of the writes, which are applied here in
 * batches, giving way to the library's writes; a brief written meanwhile is
 * left to that write.
 */
export async function syncIndex(target: SyncTarget, all: boolean): Promise<SyncResult> {
  const result: SyncResult = { indexed: 0, removed: 0, damaged: [] };
  const started = target.touchCounter();
  const stamps = await stampsOfBriefFiles(target.articlesDir);
  if (target.stopped()) return result;
  const versions = await target.fileVersions();
  if (target.stopped()) return result;
  const removals = [...versions.keys()].filter((id) => !stamps.has(id));
  if (removals.length > 0) target.apply({ documents: [], removals, restamped: [], since: started });
  result.removed = removals.length;

  const todo = filesToRead(stamps, versions, all);
  target.progress(0, todo.length);
  if (todo.length === 0) return result;
  const reader = target.reader(todo.length);
  const readings: Reading[] = [];
  let next = 0;
  const readAhead = (): void => {
    while (readings.length * READ_BATCH < READ_AHEAD_BATCHES * target.writeBatch && next < todo.length && !target.stopped()) {
      const slice = todo.slice(next, next + READ_BATCH);
      next += slice.length;
      const requests = slice.map(([id]) => ({ id, knownHash: all ? null : (versions.get(id)?.hash ?? null) }));
      readings.push({ slice, since: target.touchCounter(), outcomes: reader.read(requests) });
    }
  };
  let pending: SyncBatch = { documents: [], removals: [], restamped: [], since: 0 };
  let done = 0;
  try {
    readAhead();
    for (let reading = readings.shift(); reading !== undefined && !target.stopped(); reading = readings.shift()) {
      const outcomes = await reading.outcomes;
      readAhead();
      await giveWay(target);
      if (isEmpty(pending)) pending.since = reading.since;
      for (const [index, outcome] of outcomes.entries()) {
        const id = reading.slice[index]?.[0] ?? '';
        if (outcome.kind === 'failed') throw new BriefdeskError(outcome.code, outcome.message);
        if (outcome.kind === 'document') pending.documents.push(outcome.document);
        else if (outcome.kind === 'restamped') pending.restamped.push({ id, file: outcome.file });
        else if (outcome.kind === 'gone') pending.removals.push(id);
        else {
          const report = await target.damaged(id, join(target.articlesDir, `${id}.json`), outcome.reason);
          if (report) result.damaged.push(report);
          pending.removals.push(id);
        }
      }
      done += reading.slice.length;
      if (pending.documents.length >= target.writeBatch || done >= todo.length) {
        result.indexed += pending.documents.length;
        target.apply(pending);
        pending = { documents: [], removals: [], restamped: [], since: 0 };
      }
      target.progress(done, todo.length);
    }
  } finally {
    await reader.close();
  }
  if (!target.stopped() && !isEmpty(pending)) {
    result.indexed += pending.documents.length;
    target.apply(pending);
  }
  return result;
}
