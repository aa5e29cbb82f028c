import { rm } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import type { Low } from 'lowdb';
import type { IndexProgress } from '../../../shared/api/contract';
import type { Brief, BriefSummary, DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { indexDocumentOf, isVocabularyTerm, vocabularyOf } from '../search/index-document';
import type { UnusableFile } from './collection-file';
import { ARTICLES_DIR } from './file-stamps';
import type { Facet, IndexDb, ListWindow } from './index-db';
import type { IndexEntry } from './index-row';
import { memoryIndex, openIndexFile, readOnlyIndex } from './index-db-open';
import { entryOf, type FileVersion, indexRowOf, summaryOf } from './index-row';
import { parseBriefText, readBriefText } from './brief-file';
import { type BriefReader, inProcessReader } from './index-reader';
import { ReaderPool, readerThreadCount } from './index-reader-pool';
import { type SyncBatch, type SyncResult, syncIndex } from './index-sync';
import type { KeyedQueue } from './keyed-queue';
import { emptyLibraryData, isOlderLibraryFile, type LibraryData, libraryDb } from './library-file';
import type { ListQuery } from './list-query';
import { quarantineFile } from './quarantine';
import { isDamagedDatabaseError } from './sqlite';

/** The queue key of every write of library.json. */
export const INDEX_QUEUE = 'index';

const LIBRARY_FILE = 'library.json';
/** The index journal of library format 2, no longer used. */
const OLD_JOURNAL_FILE = 'library.journal';
/** A catch-up of at least this many files shows its progress (a few changed files are not worth a bar). */
const VISIBLE_UPDATE = 100;
/** A failed index write is tried again after this long (ms). */
const RETRY_MS = 1_000;
/** While the library writes, pending index updates wait this long (ms) and look again. */
const BACKOFF_MS = 5;
/** Briefs written in one transaction while rebuilding (a brief's save waits for at most one: about 0.3 s), and otherwise. */
const REBUILD_WRITE_BATCH = 1_024;
const CATCH_UP_WRITE_BATCH = 64;
/** Rows read at a time when the index is checked against the files (a few milliseconds' work). */
const FILE_VERSIONS_PAGE = 4_096;
/** Reading at least this many files is worth starting reader threads (each loads the brief format's code first). */
const THREADED_READ = 200;

/** A part of the library kept in its own file (templates, desk library), read when the library opens. */
export interface LibraryPart {
  load(): Promise<UnusableFile | null>;
}

/** What reading the library's files found. */
export interface LoadedIndex {
  /** Why the library is read-only (written by a newer Briefdesk), or null. */
  notice: string | null;
  /** library.json should be written again (missing, damaged, upgraded, or a part was set aside). */
  mustWrite: boolean;
}

/** Options of LibraryIndex. */
export interface LibraryIndexOptions {
  dataDir: string;
  readOnly: boolean;
  /** The store's write queue: library.json writes go in its INDEX_QUEUE; `busy` makes index work give way to saves. */
  queue: KeyedQueue;
  now: () => Date;
  /** Run a task in a brief's write queue (a file found damaged is checked again there before it is moved). */
  runExclusive: <T>(id: string, task: () => Promise<T>) => Promise<T>;
  /** The reader thread's script for reading many brief files (a rebuild), or null to read them on the main thread. */
  readerScript: URL | null;
}

/** A write to apply to the index: the brief as written with its file, or null for a brief that left the library. */
type PendingWrite = { brief: Brief; file: FileVersion } | null;

/**
 * The library's index: the list's rows and the full-text index in index.db
 * (see index-db.ts), derived from the brief files and kept current by every
 * write; and library.json, which keeps the damaged files set aside. A write
 * is applied to index.db after the write's caller has its answer, once the
 * library is not writing (or before the next read, which never sees it
 * stale). On open the index is checked against the files in the background
 * (syncIndex): only files changed behind its back are read; a missing or
 * unusable index.db is rebuilt from all of them, the list showing what it
 * has meanwhile.
 */
export class LibraryIndex {
  readonly #options: LibraryIndexOptions;
  readonly #file: Low<LibraryData>;
  #db: IndexDb | null = null;
  #damaged: DamagedBrief[] = [];
  /** Files reported but not moved (read-only, or written by a newer Briefdesk): listed, never stored. */
  #unusable: DamagedBrief[] = [];
  readonly #pending = new Map<string, PendingWrite>();
  #applyScheduled = false;
  /** Counts writes; each brief remembers the count of its last write, so a sync never overwrites a newer write. */
  #touches = 0;
  readonly #touched = new Map<string, number>();
  /** The index holds nothing yet: the first sync rebuilds it. */
  #empty = false;
  /** Read-only with rows copied from index.db: the full text is indexed on the first search. */
  #fullTextMissing = false;
  #progress: IndexProgress = { state: 'ready', done: 0, total: 0 };
  #sync: Promise<void> | null = null;
  #fullText: Promise<void> | null = null;
  #stopped = false;

  constructor(options: LibraryIndexOptions) {
    this.#options = options;
    this.#file = libraryDb(join(options.dataDir, LIBRARY_FILE));
  }

  /**
   * Read library.json (a damaged one is moved to quarantine/, one from a
   * newer Briefdesk is only read read-only), load `parts`, listing those
   * that could not be used, and open index.db (in memory, read-only).
   */
  async load(parts: readonly LibraryPart[]): Promise<LoadedIndex> {
    const { dataDir, readOnly, now } = this.#options;
    let data: LibraryData | null = null;
    let notice: string | null = null;
    const upgraded = !readOnly && (await isOlderLibraryFile(join(dataDir, LIBRARY_FILE)));
    try {
      data = await this.#file.adapter.read();
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'unsupported' && readOnly) {
        // Written by a newer Briefdesk: show the briefs (indexed in memory from their files), change nothing.
        notice = `${error.message} Until then it is open read-only: nothing can be changed.`;
      } else if (error.code !== 'damaged') {
        throw error;
      } else if (!readOnly) {
        await quarantineFile(dataDir, join(dataDir, LIBRARY_FILE), 'library', now());
      }
    }
    let mustWrite = data === null || upgraded;
    this.#file.data = data ?? emptyLibraryData();
    this.#damaged = [...this.#file.data.damaged];
    for (const part of parts) {
      const problem = await part.load();
      if (problem?.movedAside) {
        this.#damaged.push(problem.report);
        mustWrite = true;
      } else if (problem) {
        this.#unusable.push(problem.report);
      }
    }
    if (readOnly) {
      const opened = await readOnlyIndex(dataDir);
      this.#db = opened.index;
      this.#empty = !opened.seeded;
      this.#fullTextMissing = opened.seeded;
    } else {
      await rm(join(dataDir, OLD_JOURNAL_FILE), { force: true });
      const opened = await openIndexFile(dataDir, now());
      this.#db = opened.index;
      this.#empty = opened.empty;
    }
    // Until the files are read, an empty index says it is being rebuilt (not that the library is empty).
    this.#progress = { state: this.#empty ? 'rebuilding' : 'checking', done: 0, total: 0 };
    return { notice, mustWrite };
  }

  /** Start checking the index against the brief files in the background (once); see `synced`. */
  startSync(): void {
    this.#sync ??= this.#runSync(false, this.#empty ? 'rebuilding' : 'updating');
  }

  /** Whether index.db held nothing when the library opened (its rows come back as the files are read). */
  get rebuilding(): boolean {
    return this.#empty;
  }

  /** Resolves once the index has been checked against the files (starting that if nothing has). */
  async synced(): Promise<void> {
    this.startSync();
    await this.#sync;
  }

  /** Where the index is. */
  progress(): IndexProgress {
    return { ...this.#progress };
  }

  /**
   * Index the full text of a library open read-only whose rows were copied
   * from index.db (in the background, its progress shown); resolves once done.
   * At once for any other library.
   */
  fullText(): Promise<void> {
    if (!this.#fullTextMissing) return this.#fullText ?? Promise.resolve();
    this.#fullText ??= (async () => {
      await this.synced();
      await this.#runSync(true, 'indexing');
      this.#fullTextMissing = false;
    })();
    return this.#fullText;
  }

  /**
   * The index with every write applied, for a search (a read-only library's
   * full text starts being indexed: the search sees what is done, and the
   * progress shows). Null while a damaged index.db is being replaced.
   */
  searchable(): IndexDb | null {
    void this.fullText();
    this.applyPending();
    return this.#db;
  }

  /** A brief's entry (its row as written last), or undefined when the index does not have it. */
  entry(id: string): IndexEntry | undefined {
    const pending = this.#pending.get(id);
    if (pending === null) return undefined;
    if (pending !== undefined) return entryOf(indexRowOf(pending.brief, pending.file));
    return this.#read(() => this.#db?.entry(id), undefined);
  }

  /** A window of the list, every write applied. */
  list(query: ListQuery): ListWindow {
    this.applyPending();
    return this.#read(() => this.#db?.list(query), undefined) ?? { rows: [], total: 0 };
  }

  /** Briefs, live and trashed, with a desk synced to a library block, most recently updated first. */
  referencing(blockId: string): BriefSummary[] {
    this.applyPending();
    return (this.#read(() => this.#db?.referencing(blockId), undefined) ?? []).map(summaryOf);
  }

  /** The tags and sections in use, with how many briefs use each. */
  facets(trash: boolean): { tags: Facet[]; sections: Facet[] } {
    this.applyPending();
    return this.#read(() => this.#db?.facets(trash), undefined) ?? { tags: [], sections: [] };
  }

  /** Damaged files: those set aside, then those only reported. */
  damaged(): DamagedBrief[] {
    return [...this.#damaged, ...this.#unusable];
  }

  /** Index a brief as just written: applied after the caller has its answer (see the class). */
  put(brief: Brief, file: FileVersion): void {
    this.#defer(brief.id, { brief, file });
  }

  /** Drop a brief that left the library (or whose file is gone or set aside). */
  drop(id: string): void {
    this.#defer(id, null);
  }

  /** List a damaged file and keep the list in library.json. */
  addDamaged(report: DamagedBrief): void {
    if (this.#options.readOnly) {
      this.#unusable.push(report);
      return;
    }
    this.#damaged.push(report);
    void this.saveDamaged().catch(() => undefined);
  }

  /** Stop listing the damaged files of a brief (written to library.json by saveDamaged). */
  dropDamaged(id: string): void {
    this.#damaged = this.#damaged.filter((entry) => entry.id !== id);
  }

  /** Write library.json with the damaged files listed now (in the index queue). */
  async saveDamaged(): Promise<void> {
    if (this.#options.readOnly) return;
    await this.#options.queue.run(INDEX_QUEUE, async () => {
      this.#file.data = { ...this.#file.data, damaged: [...this.#damaged] };
      await this.#file.write();
    });
  }

  /** Apply every pending write to index.db now (reads call this first). Never throws: a failure is retried later. */
  applyPending(): void {
    const db = this.#db;
    if (this.#pending.size === 0 || db === null) return;
    const writes = [...this.#pending];
    const documents = writes.flatMap(([, write]) => (write ? [indexDocumentOf(write.brief, write.file)] : []));
    const removals = writes.filter(([, write]) => write === null).map(([id]) => id);
    try {
      db.write(documents, removals, (document) => vocabularyOf(document.columns));
      for (const [id, write] of writes) if (this.#pending.get(id) === write) this.#pending.delete(id);
    } catch (error) {
      if (isDamagedDatabaseError(error)) void this.#replaceDamaged();
      else setTimeout(() => this.#scheduleApply(), RETRY_MS).unref();
    }
  }

  /** Stop the background work, apply pending writes, close index.db. */
  async close(): Promise<void> {
    this.#stopped = true;
    await Promise.all([this.#sync, this.#fullText].map((work) => work?.catch(() => undefined)));
    this.applyPending();
    this.#db?.close();
    this.#db = null;
  }

  /** Drop everything not yet applied and close index.db, as a process that dies would (tests simulating a crash). */
  abandon(): void {
    this.#stopped = true;
    this.#pending.clear();
    this.#db?.close();
    this.#db = null;
  }

  #defer(id: string, write: PendingWrite): void {
    this.#touched.set(id, ++this.#touches);
    // Re-inserted so that writes apply in the order they were made.
    this.#pending.delete(id);
    this.#pending.set(id, write);
    this.#scheduleApply();
  }

  #scheduleApply(): void {
    if (this.#applyScheduled) return;
    this.#applyScheduled = true;
    setImmediate(() => this.#applyWhenIdle());
  }

  /** Apply pending writes once the library is not writing, so a burst of saves is not slowed by them. */
  #applyWhenIdle(): void {
    if (this.#options.queue.busy && !this.#stopped) {
      setTimeout(() => this.#applyWhenIdle(), BACKOFF_MS);
      return;
    }
    this.#applyScheduled = false;
    this.applyPending();
  }

  /** Run a read on index.db; a damaged database is replaced (and `fallback` answered meanwhile). */
  #read<T>(read: () => T | undefined, fallback: T | undefined): T | undefined {
    try {
      return read();
    } catch (error) {
      if (!isDamagedDatabaseError(error) && !(error instanceof TypeError)) throw error;
      void this.#replaceDamaged();
      return fallback;
    }
  }

  /** index.db turned out damaged while open: set it aside and rebuild it from the files, the list empty until rows come back. */
  async #replaceDamaged(): Promise<void> {
    const damaged = this.#db;
    if (damaged === null || this.#stopped) return;
    this.#db = null;
    damaged.close();
    if (this.#options.readOnly) {
      this.#db = memoryIndex();
    } else {
      this.#db = (await openIndexFile(this.#options.dataDir, this.#options.now())).index;
    }
    this.#empty = true;
    const previous = this.#sync;
    this.#sync = (async () => {
      await previous?.catch(() => undefined);
      await this.#runSync(false, 'rebuilding');
    })();
  }

  async #runSync(all: boolean, state: IndexProgress['state']): Promise<void> {
    const db = this.#db;
    if (db === null) return;
    const rebuilding = this.#empty || all;
    if (rebuilding) this.#bulkLoading(db, true);
    let result: SyncResult;
    try {
      result = await syncIndex(
        {
          articlesDir: join(this.#options.dataDir, ARTICLES_DIR),
          fileVersions: () => this.#fileVersions(db),
          touchCounter: () => this.#touches,
          writeBatch: rebuilding ? REBUILD_WRITE_BATCH : CATCH_UP_WRITE_BATCH,
          reader: (files) => this.#reader(files),
          apply: (batch) => this.#applySync(db, batch, !rebuilding),
          damaged: (id, path, reason) => this.#setAsideDamaged(id, path, reason),
          progress: (done, total) => {
            const visible = state !== 'updating' || total >= VISIBLE_UPDATE;
            this.#progress = { state: visible ? state : 'checking', done, total };
          },
          busy: () => this.#options.queue.busy,
          stopped: () => this.#stopped || this.#db !== db,
        },
        all,
      );
    } finally {
      if (rebuilding && this.#db === db) this.#bulkLoading(db, false);
    }
    this.#progress = { state: 'ready', done: 0, total: 0 };
    if (this.#stopped || this.#db !== db) return;
    if (rebuilding && result.indexed > 0) this.#read(() => db.refillVocabulary(isVocabularyTerm), undefined);
    this.#empty = false;
    if (this.#pending.size === 0) this.#touched.clear();
  }

  /** Every brief's file stamp and hash as the index has them, read a page at a time between turns of the event loop. */
  async #fileVersions(db: IndexDb): Promise<Map<string, FileVersion>> {
    const versions = new Map<string, FileVersion>();
    for (let after: number | null = 0; after !== null && this.#db === db && !this.#stopped;) {
      const page = this.#read(() => db.fileVersionsPage(after ?? 0, FILE_VERSIONS_PAGE), undefined);
      for (const [id, version] of page?.versions ?? []) versions.set(id, version);
      after = page?.lastDoc ?? null;
      if (after !== null) await nextTurn();
    }
    return versions;
  }

  /** FTS5 set up for a rebuild's load, or back as usual (a damaged index.db is replaced, as by any other write). */
  #bulkLoading(db: IndexDb, bulk: boolean): void {
    this.#read(() => {
      db.bulkLoading(bulk);
      return true;
    }, undefined);
  }

  /** Who reads `files` brief files for the index: reader threads when there are many and a script for them. */
  #reader(files: number): BriefReader {
    const articlesDir = join(this.#options.dataDir, ARTICLES_DIR);
    const script = this.#options.readerScript;
    if (script === null || files < THREADED_READ) return inProcessReader(articlesDir);
    return ReaderPool.start(script, articlesDir, readerThreadCount());
  }

  /** Apply a batch of the sync, leaving alone the briefs written since it was read. */
  #applySync(db: IndexDb, batch: SyncBatch, vocabulary: boolean): void {
    const fresh = (id: string): boolean => (this.#touched.get(id) ?? 0) <= batch.since && !this.#pending.has(id);
    const documents = batch.documents.filter((document) => fresh(document.row.id));
    const removals = batch.removals.filter(fresh);
    this.#read(() => {
      db.write(documents, removals, (document) => (vocabulary ? vocabularyOf(document.columns) : []));
      for (const { id, file } of batch.restamped) if (fresh(id)) db.updateFile(id, file);
      return true;
    }, undefined);
  }

  /** A file the sync found damaged: checked again in the brief's queue, then set aside (reported where it is, read-only). */
  async #setAsideDamaged(id: string, path: string, reason: string): Promise<DamagedBrief | null> {
    const { dataDir, readOnly, now } = this.#options;
    if (readOnly) {
      const report = { id, movedTo: join(ARTICLES_DIR, `${id}.json`), reason, detectedAt: now().toISOString() };
      this.#unusable.push(report);
      return report;
    }
    return this.#options.runExclusive(id, async () => {
      // A save may have replaced the file since it was read: only a file still damaged is moved.
      try {
        parseBriefText((await readBriefText(path)).text, id);
        return null;
      } catch (error) {
        if (!(error instanceof BriefdeskError) || error.code !== 'damaged') return null;
      }
      const at = now();
      const movedTo = await quarantineFile(dataDir, path, id, at);
      const report = { id, movedTo, reason, detectedAt: at.toISOString() };
      this.addDamaged(report);
      return report;
    });
  }
}
