import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { BriefSummary, DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import type { UnusableFile } from './collection-file';
import { IndexJournal, type JournalEntry, replayJournal } from './index-journal';
import { type IndexRow, summaryOf } from './index-row';
import { verifyIndex } from './index-verify';
import type { KeyedQueue } from './keyed-queue';
import { emptyLibraryData, type LibraryData, libraryDb } from './library-file';
import { quarantineFile } from './quarantine';

/** The queue key of every write of library.json and library.journal. */
export const INDEX_QUEUE = 'index';

const LIBRARY_FILE = 'library.json';
const JOURNAL_FILE = 'library.journal';

/** A part of the library kept in its own file (templates, desk library), read when the library opens. */
export interface LibraryPart {
  load(): Promise<UnusableFile | null>;
}

/** What reading the index found. */
export interface LoadedIndex {
  /** Why the library is read-only (written by a newer Briefdesk), or null. */
  notice: string | null;
  /** library.json should be written again from memory (missing, damaged, repaired, or a journal to fold in). */
  mustCompact: boolean;
}

/** Options of LibraryIndex. */
export interface LibraryIndexOptions {
  dataDir: string;
  readOnly: boolean;
  /** The store's write queue: journal lines and rewrites of library.json go in its INDEX_QUEUE. */
  queue: KeyedQueue;
  now: () => Date;
  /** Rewrite library.json and empty the journal once it has this many lines. */
  journalLimit: number;
}

function byUpdatedDescending(a: IndexRow, b: IndexRow): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id);
}

/**
 * The library's index: a row per brief, held in memory, kept in
 * library.json and, between rewrites of it, in the append-only
 * library.journal; with the list of damaged files. On open it is checked
 * against the brief files (see verifyIndex).
 */
export class LibraryIndex {
  readonly #options: LibraryIndexOptions;
  readonly #db: Low<LibraryData>;
  readonly #journal: IndexJournal;
  #rows = new Map<string, IndexRow>();
  #damaged: DamagedBrief[] = [];
  /** Files reported but not moved (read-only, or written by a newer Briefdesk): listed, never stored. */
  #unusable: DamagedBrief[] = [];
  /** The journal missed a change (it could not be written): rewrite library.json at close. */
  #indexDirty = false;
  /** A fold of the journal into library.json waits in the index queue. */
  #compactionQueued = false;

  constructor(options: LibraryIndexOptions) {
    this.#options = options;
    this.#db = libraryDb(join(options.dataDir, LIBRARY_FILE));
    this.#journal = new IndexJournal(join(options.dataDir, JOURNAL_FILE));
  }

  /**
   * Read library.json (a damaged one is moved to quarantine/, one from a
   * newer Briefdesk is only read read-only), replay the journal, check the
   * rows against the brief files, then load `parts`, listing those that
   * could not be used.
   */
  async load(parts: readonly LibraryPart[]): Promise<LoadedIndex> {
    const { dataDir, readOnly, now } = this.#options;
    let data: LibraryData | null = null;
    let notice: string | null = null;
    let mustCompact = false;
    try {
      data = await this.#db.adapter.read();
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'unsupported' && readOnly) {
        // Written by a newer Briefdesk: show the briefs (the index is rebuilt in memory from their files), change nothing.
        notice = `${error.message} Until then it is open read-only: nothing can be changed.`;
      } else if (error.code !== 'damaged') {
        throw error;
      } else if (!readOnly) {
        // The index is derived from the brief files: set the damaged one aside and rebuild it.
        await quarantineFile(dataDir, join(dataDir, LIBRARY_FILE), 'library', now());
      }
    }
    if (data === null) mustCompact = true;
    this.#db.data = data ?? emptyLibraryData();

    const rows = new Map(Object.entries(this.#db.data.rows));
    const { entries } = await this.#journal.read();
    replayJournal(rows, entries);
    const verified = await verifyIndex(rows, { dataDir, readOnly, now });
    this.#rows = verified.rows;
    this.#damaged = [...this.#db.data.damaged, ...verified.damaged];
    for (const part of parts) {
      const problem = await part.load();
      if (problem?.movedAside) {
        this.#damaged.push(problem.report);
        mustCompact = true;
      } else if (problem) {
        this.#unusable.push(problem.report);
      }
    }
    return { notice, mustCompact: mustCompact || verified.repaired > 0 || this.#journal.lineCount > 0 };
  }

  /** The row of a brief, or undefined. */
  row(id: string): IndexRow | undefined {
    return this.#rows.get(id);
  }

  /** Every row, in no particular order. */
  rows(): IndexRow[] {
    return [...this.#rows.values()];
  }

  /** Live briefs (or, with `trash`, the Trash), most recently updated first. */
  summaries(trash: boolean): BriefSummary[] {
    return this.rows()
      .filter((row) => (row.trashedAt !== null) === trash)
      .sort(byUpdatedDescending)
      .map(summaryOf);
  }

  /** Briefs, live and trashed, with a desk synced to a library block, most recently updated first. */
  referencing(blockId: string): BriefSummary[] {
    return this.rows()
      .filter((row) => row.deskRefs.includes(blockId))
      .sort(byUpdatedDescending)
      .map(summaryOf);
  }

  /** Damaged files: those set aside, then those only reported. */
  damaged(): DamagedBrief[] {
    return [...this.#damaged, ...this.#unusable];
  }

  /** Keep a brief's new row: in memory at once, its journal line queued. */
  put(row: IndexRow): void {
    this.#rows.set(row.id, row);
    this.#record({ op: 'upsert', row });
  }

  /** Drop a brief's row: from memory at once, its journal line queued (none read-only). */
  drop(id: string): void {
    this.#rows.delete(id);
    if (!this.#options.readOnly) this.#record({ op: 'delete', id });
  }

  /** List a damaged file. */
  addDamaged(report: DamagedBrief): void {
    this.#damaged.push(report);
  }

  /** Stop listing the damaged files of a brief. */
  dropDamaged(id: string): void {
    this.#damaged = this.#damaged.filter((entry) => entry.id !== id);
  }

  /** Have library.json rewritten at close (a change the journal does not hold). */
  rewriteAtClose(): void {
    if (!this.#options.readOnly) this.#indexDirty = true;
  }

  /** Rewrite library.json from the rows in memory, then empty the journal. */
  async compact(): Promise<void> {
    this.#db.data = { ...this.#db.data, rows: Object.fromEntries(this.#rows), damaged: this.#damaged };
    await this.#db.write();
    await this.#journal.truncate();
    this.#indexDirty = false;
  }

  /** At close: fold the journal (and any change it missed) into library.json. */
  async compactIfChanged(): Promise<void> {
    if (!this.#options.readOnly && (this.#journal.lineCount > 0 || this.#indexDirty)) await this.compact();
  }

  /**
   * Journal one index change, in the index queue; the caller does not wait
   * for it (flush, settle and close do). The brief file is already durable
   * and the index is rebuilt from the files on open, so a failure here does
   * not fail the write: library.json is rewritten at close instead. Once the
   * journal reaches its limit, folding it into library.json is queued after
   * the append.
   */
  #record(entry: JournalEntry): void {
    const { queue, journalLimit } = this.#options;
    void queue.run(INDEX_QUEUE, async () => {
      try {
        await this.#journal.append(entry);
      } catch {
        this.#indexDirty = true;
      }
      if (this.#journal.lineCount >= journalLimit && !this.#compactionQueued) {
        this.#compactionQueued = true;
        void queue.run(INDEX_QUEUE, async () => {
          this.#compactionQueued = false;
          await this.compact().catch(() => {
            this.#indexDirty = true;
          });
        });
      }
    });
  }
}
