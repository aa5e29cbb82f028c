import { join } from 'node:path';
import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises';
import type { DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { type IndexDocument, indexDocumentOf } from '../search/index-document';
import { parseBriefText, readBriefText } from './brief-file';
import { stampsOfBriefFiles } from './file-stamps';
import { type FileStamp, type FileVersion, stampMatches } from './index-row';

/** Brief files read at once. */
const READ_BATCH = 16;
/** Briefs written to the index in one transaction (bigger transactions make fewer, larger full-text segments). */
const WRITE_BATCH = 64;
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
  /** The stamp and hash of each brief's file as the index has them. */
  fileVersions(): Map<string, FileVersion>;
  /** The touch counter now: a brief written or removed after this is left to that write. */
  touchCounter(): number;
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

/**
 * Bring the index in line with the brief files: one readdir and one stat per
 * file; a file whose size or mtime differs from its row (or that has no row,
 * or every file when `all`) is read again — when its bytes hash the same only
 * its stamp is updated, otherwise it is parsed and indexed anew — and a row
 * whose file is gone is dropped. A file that is not a valid brief goes to
 * `target.damaged`. Work is done in small slices, giving way to the
 * library's writes; a brief written meanwhile is left to that write.
 */
export async function syncIndex(target: SyncTarget, all: boolean): Promise<SyncResult> {
  const result: SyncResult = { indexed: 0, removed: 0, damaged: [] };
  const started = target.touchCounter();
  const stamps = await stampsOfBriefFiles(target.articlesDir);
  if (target.stopped()) return result;
  const versions = target.fileVersions();
  const removals = [...versions.keys()].filter((id) => !stamps.has(id));
  if (removals.length > 0) target.apply({ documents: [], removals, restamped: [], since: started });
  result.removed = removals.length;

  const todo = filesToRead(stamps, versions, all);
  target.progress(0, todo.length);
  let pending: SyncBatch = { documents: [], removals: [], restamped: [], since: target.touchCounter() };
  for (let at = 0; at < todo.length && !target.stopped(); at += READ_BATCH) {
    await giveWay(target);
    const since = target.touchCounter();
    if (pending.documents.length + pending.removals.length + pending.restamped.length === 0) pending.since = since;
    const slice = todo.slice(at, at + READ_BATCH);
    const read = await Promise.all(slice.map(([id]) => readOne(target, id, all ? undefined : versions.get(id))));
    for (const [index, outcome] of read.entries()) {
      const id = slice[index]?.[0] ?? '';
      if (outcome.kind === 'document') pending.documents.push(outcome.document);
      else if (outcome.kind === 'restamped') pending.restamped.push({ id, file: outcome.file });
      else if (outcome.kind === 'gone') pending.removals.push(id);
      else if (outcome.kind === 'damaged') {
        const report = await target.damaged(id, join(target.articlesDir, `${id}.json`), outcome.reason);
        if (report) result.damaged.push(report);
        pending.removals.push(id);
      }
    }
    if (pending.documents.length >= WRITE_BATCH || at + READ_BATCH >= todo.length) {
      result.indexed += pending.documents.length;
      target.apply(pending);
      pending = { documents: [], removals: [], restamped: [], since: target.touchCounter() };
    }
    target.progress(Math.min(todo.length, at + READ_BATCH), todo.length);
  }
  if (!target.stopped() && (pending.documents.length > 0 || pending.removals.length > 0 || pending.restamped.length > 0)) {
    result.indexed += pending.documents.length;
    target.apply(pending);
  }
  return result;
}

type ReadOutcome =
  | { kind: 'document'; document: IndexDocument }
  | { kind: 'restamped'; file: FileVersion }
  | { kind: 'gone' }
  | { kind: 'damaged'; reason: string };

/** Read one brief file: its document, or that only its stamp moved (same bytes as `known`), or that it is gone or damaged. */
async function readOne(target: SyncTarget, id: string, known: FileVersion | undefined): Promise<ReadOutcome> {
  try {
    const { text, file } = await readBriefText(join(target.articlesDir, `${id}.json`));
    if (known !== undefined && known.hash === file.hash) return { kind: 'restamped', file };
    return { kind: 'document', document: indexDocumentOf(parseBriefText(text, id), file) };
  } catch (error) {
    if (!(error instanceof BriefdeskError)) throw error;
    if (error.code === 'not_found') return { kind: 'gone' };
    if (error.code === 'damaged') return { kind: 'damaged', reason: error.message };
    throw error;
  }
}
