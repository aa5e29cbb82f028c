import { randomUUID } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Low } from 'lowdb';
import type { ImageAsset, LibraryListing, SaveResult } from '../../../shared/api/contract';
import { resolveSyncedDesks } from '../../../shared/editor/resolve-synced-desks';
import {
  BRIEF_SCHEMA_VERSION,
  blankBriefContent,
  type BodyDoc,
  type Brief,
  BriefContent,
  BriefId,
  type BriefSummary,
  type DamagedBrief,
} from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/model/template';
import { AssetStore } from './asset-store';
import { readBriefFile, writeBriefFile } from './brief-file';
import { parseBriefContent } from './brief-validation';
import { DeskLibrary } from '../desk/desk-library';
import { removeLeftoverTempFiles, syncDirectory } from './durable-write';
import { IndexJournal, type JournalEntry, replayJournal } from './index-journal';
import { type IndexRow, indexRowOf, summaryOf } from './index-row';
import { ARTICLES_DIR, verifyIndex } from './index-verify';
import { ioError } from './io-error';
import { KeyedQueue } from './keyed-queue';
import type { LibraryContext } from './library-context';
import { emptyLibraryData, type LibraryData, libraryDb } from './library-file';
import { LibraryLock } from './lock';
import { QUARANTINE_DIR, quarantineFile } from './quarantine';
import { Revisions } from '../revisions/revision-store';
import { LibrarySearch } from '../search/library-search';
import { TemplateStore } from '../templates/template-store';

/** Options of LibraryStore.open. */
export interface LibraryStoreOptions {
  /** Open without the lock and change nothing on disk (damaged files are only reported). */
  readOnly?: boolean;
  /** Clock for timestamps (tests). */
  now?: () => Date;
  /** Ids for new briefs (default: crypto.randomUUID). */
  idFactory?: () => string;
  /** Ids for new templates and desk-library blocks (default: crypto.randomUUID). */
  entryIdFactory?: () => string;
  /** Rewrite library.json and empty the journal once it has this many lines (default 1000). */
  journalLimit?: number;
  /**
   * Build the full-text index in the background once open (default true).
   * One-off commands that never search (an export) pass false; a search
   * then builds it first.
   */
  searchIndex?: boolean;
  /** Called once the library's lock is held (or at once, read-only), before its index is read: a shell can say it is up. */
  onLocked?: () => void;
  /**
   * Run once the lock is held, before library.json is read (and, if it is of
   * an older format, migrated): the opener's backup (see openLibrary). What it
   * returns becomes `notice`.
   */
  beforeLoad?: (dataDir: string, now: Date) => Promise<string | null>;
}

const ASSETS_DIR = 'assets';
const LIBRARY_FILE = 'library.json';
const JOURNAL_FILE = 'library.journal';
const INDEX_QUEUE = 'index';
const ASSET_QUEUE = 'assets';
const briefQueue = (id: string): string => `brief:${id}`;

function byUpdatedDescending(a: IndexRow, b: IndexRow): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id);
}

/**
 * The library in a data dir: one file per brief (the source of truth), an
 * index of summary rows in library.json kept current by an append-only
 * journal, content-addressed images, brief templates (templates.json), the
 * desk-block library (desk-library.json) and a single-writer lock.
 */
export class LibraryStore {
  /** Absolute path of the data dir. */
  readonly dataDir: string;
  readonly readOnly: boolean;
  /** Brief templates: the built-in default and the analyst's own. */
  readonly templates: TemplateStore;
  /** Named Editor's Desk blocks, reused across briefs. */
  readonly deskLibrary: DeskLibrary;
  /** Each brief's history: automatic revisions, named versions, restore. */
  readonly revisions: Revisions;
  /** Full-text search, kept current by every write of a brief. */
  readonly search: LibrarySearch;
  readonly #lock: LibraryLock | null;
  readonly #db: Low<LibraryData>;
  readonly #journal: IndexJournal;
  readonly #assets: AssetStore;
  readonly #queue = new KeyedQueue();
  readonly #now: () => Date;
  readonly #idFactory: () => string;
  readonly #journalLimit: number;
  #rows = new Map<string, IndexRow>();
  #damaged: DamagedBrief[] = [];
  /** Files reported but not moved (read-only, or written by a newer Briefdesk): listed, never stored. */
  #unusable: DamagedBrief[] = [];
  /** The journal missed a change (it could not be written): rewrite library.json at close. */
  #indexDirty = false;
  /** A fold of the journal into library.json waits in the index queue. */
  #compactionQueued = false;
  #state: 'open' | 'closing' | 'closed' = 'open';
  /** What the analyst should know about how the library was opened (migrated, or read-only because it is newer). */
  #notice: string | null = null;

  private constructor(dataDir: string, lock: LibraryLock | null, options: LibraryStoreOptions) {
    this.dataDir = dataDir;
    this.readOnly = options.readOnly ?? false;
    this.#lock = lock;
    this.#db = libraryDb(join(dataDir, LIBRARY_FILE));
    this.#journal = new IndexJournal(join(dataDir, JOURNAL_FILE));
    this.#assets = new AssetStore(join(dataDir, ASSETS_DIR));
    this.#now = options.now ?? (() => new Date());
    this.#idFactory = options.idFactory ?? randomUUID;
    this.#journalLimit = options.journalLimit ?? 1000;
    const context: LibraryContext = {
      dataDir,
      readOnly: this.readOnly,
      queue: this.#queue,
      now: this.#now,
      newId: options.entryIdFactory ?? randomUUID,
      assertOpen: () => this.#assertOpen(),
      assertWritable: () => this.#assertWritable(),
    };
    this.templates = new TemplateStore(context);
    this.deskLibrary = new DeskLibrary(context, {
      referencing: (blockId) => this.#briefsReferencing(blockId),
      rewriteBody: (id, change) => this.#rewriteBody(id, change),
    });
    this.revisions = new Revisions(context, {
      run: (id, task) =>
        this.#queue.run(briefQueue(id), () => {
          this.#requireRow(id);
          return task();
        }),
      read: (id) => this.#read(id),
      saveContent: (brief, content) => this.#saveContent(brief, content),
      reportDamaged: (report) => {
        this.#damaged.push(report);
        if (!this.readOnly) this.#indexDirty = true;
      },
    });
    this.search = new LibrarySearch({
      row: (id) => this.#rows.get(id),
      summary: (id) => {
        const row = this.#rows.get(id);
        return row ? summaryOf(row) : undefined;
      },
      summaries: () => [...this.#rows.values()].map(summaryOf),
      writing: () => this.#queue.busy,
      readBrief: (id) => readBriefFile(this.#briefPath(id), id).then((read) => read.brief, () => null),
    });
  }

  /**
   * Open the library in `dataDir`: create its folders, take the lock, load
   * the index and journal, then check the index against the brief files,
   * rebuilding rows that differ and moving damaged files to quarantine/.
   * Throws 'locked' when another Briefdesk has it open. A library.json of an
   * older format is migrated as it is read: the shells open libraries
   * through openLibrary, which backs it up first.
   */
  static async open(dataDir: string, options: LibraryStoreOptions = {}): Promise<LibraryStore> {
    const dir = resolve(dataDir);
    const readOnly = options.readOnly ?? false;
    if (!readOnly) {
      for (const sub of ['', ARTICLES_DIR, ASSETS_DIR, QUARANTINE_DIR]) {
        await mkdir(join(dir, sub), { recursive: true }).catch((error: unknown) => {
          throw ioError('write', join(dir, sub), error);
        });
      }
    }
    const lock = readOnly ? null : await LibraryLock.acquire(dir);
    options.onLocked?.();
    const store = new LibraryStore(dir, lock, options);
    try {
      if (options.beforeLoad) store.#notice = await options.beforeLoad(dir, store.#now());
      await store.#load();
      // Built in the background from the brief files; searches wait for it.
      if (options.searchIndex !== false) store.search.start();
      return store;
    } catch (error) {
      await lock?.release();
      throw error;
    }
  }

  /** What the analyst should know about how the library was opened (it was migrated, or is newer and read-only), or null. */
  get notice(): string | null {
    return this.#notice;
  }

  /** Live briefs (or, with `trash`, the Trash), most recently updated first, and damaged files. */
  list(options: { trash?: boolean } = {}): LibraryListing {
    const trash = options.trash ?? false;
    const briefs = [...this.#rows.values()]
      .filter((row) => (row.trashedAt !== null) === trash)
      .sort(byUpdatedDescending)
      .map(summaryOf);
    return { briefs, damaged: [...this.#damaged, ...this.#unusable] };
  }

  /** One brief, whole. Throws 'not_found', or 'damaged' if its file has been corrupted meanwhile. */
  async get(id: string): Promise<Brief> {
    this.#assertOpen();
    return this.#queue.run(briefQueue(id), () => this.#read(id));
  }

  /**
   * A new brief with the given content (an import): checked like a save (zod
   * and the editor schema), revision 0, created at `createdAt` when given.
   * Throws 'invalid_input' when the content does not fit; nothing is written then.
   */
  async createFrom(content: BriefContent, options: { createdAt?: string } = {}): Promise<Brief> {
    this.#assertWritable();
    const checked = parseBriefContent(content);
    const now = this.#now().toISOString();
    const brief = { ...this.#newBrief(checked, now), createdAt: options.createdAt ?? now };
    return this.#queue.run(briefQueue(brief.id), async () => {
      await this.#persist(brief);
      return brief;
    });
  }

  /**
   * A new brief at revision 0, made from a template (the built-in default
   * unless `templateId` is given): its section, byline, tags, language and
   * body skeleton. Synced desks in the template take the desk library's
   * current text. Throws 'not_found' for an unknown template.
   */
  async create(templateId: string = DEFAULT_TEMPLATE_ID): Promise<Brief> {
    this.#assertWritable();
    const template = this.templates.get(templateId);
    const { body } = resolveSyncedDesks(template.body, (id) => this.deskLibrary.lookup(id));
    const content: BriefContent = {
      ...blankBriefContent(),
      section: template.section,
      byline: template.byline,
      tags: template.tags,
      language: template.language,
      body,
    };
    const at = this.#now().toISOString();
    const brief = this.#newBrief(content, at);
    return this.#queue.run(briefQueue(brief.id), async () => {
      await this.#persist(brief);
      return brief;
    });
  }

  /**
   * Save the editable fields of a brief; its revision goes up by one. Throws
   * 'invalid_input' for content that does not fit the brief format (nothing
   * is written) and 'conflict' when `baseRevision` is not the stored revision.
   * Costs one brief file and one journal line, whatever the library's size.
   */
  async save(id: string, content: BriefContent, baseRevision?: number): Promise<SaveResult> {
    this.#assertWritable();
    const checked = parseBriefContent(content);
    return this.#queue.run(briefQueue(id), async () => {
      const row = this.#requireRow(id);
      if (baseRevision !== undefined && baseRevision !== row.revision) {
        throw new BriefdeskError(
          'conflict',
          `This brief was changed elsewhere (revision ${row.revision}). Reload it to see the latest version.`,
        );
      }
      const brief: Brief = {
        schemaVersion: BRIEF_SCHEMA_VERSION,
        id,
        revision: row.revision + 1,
        createdAt: row.createdAt,
        updatedAt: this.#now().toISOString(),
        trashedAt: row.trashedAt,
        ...checked,
      };
      const saved = await this.#persist(brief);
      await this.revisions.afterSave(brief);
      return { revision: brief.revision, updatedAt: brief.updatedAt, summary: summaryOf(saved) };
    });
  }

  /**
   * Bring back, under its own id, a brief whose file was damaged and set
   * aside, from content kept elsewhere (its newest good revision): checked
   * like a save, written at `revision`, its damaged-file entries dropped
   * from the listing (the quarantined file stays). Throws 'conflict' when
   * the library has a brief with that id.
   */
  async recreate(id: string, content: BriefContent, meta: { revision: number; createdAt: string }): Promise<Brief> {
    this.#assertWritable();
    const checked = parseBriefContent(content);
    return this.#queue.run(briefQueue(id), async () => {
      if (this.#rows.has(id)) throw new BriefdeskError('conflict', 'This brief is in the library already; there is nothing to bring back.');
      const now = this.#now().toISOString();
      const brief: Brief = { schemaVersion: BRIEF_SCHEMA_VERSION, id, revision: meta.revision, createdAt: meta.createdAt, updatedAt: now, trashedAt: null, ...checked };
      await this.#persist(brief);
      this.#damaged = this.#damaged.filter((entry) => entry.id !== id);
      // library.json keeps the damaged-file list: rewrite it now so the entry does not come back.
      await this.#queue.run(INDEX_QUEUE, () => this.#compact());
      return brief;
    });
  }

  /** A copy of a brief as a new draft, with "(copy)" after the headline. */
  async duplicate(id: string): Promise<Brief> {
    this.#assertWritable();
    return this.#queue.run(briefQueue(id), async () => {
      const content = BriefContent.parse(await this.#read(id));
      const headline = `${content.headline.slice(0, 393)} (copy)`;
      const copy = this.#newBrief({ ...content, headline, status: 'draft' }, this.#now().toISOString());
      await this.#queue.run(briefQueue(copy.id), () => this.#persist(copy));
      return copy;
    });
  }

  /** Move a brief to the Trash. */
  async trash(id: string): Promise<BriefSummary> {
    return this.#setTrashed(id, true);
  }

  /** Bring a brief back from the Trash. */
  async restore(id: string): Promise<BriefSummary> {
    return this.#setTrashed(id, false);
  }

  /** Delete a brief in the Trash for good, with its revisions. Throws 'invalid_input' for a brief not in the Trash. */
  async purge(id: string): Promise<void> {
    this.#assertWritable();
    return this.#queue.run(briefQueue(id), async () => {
      const row = this.#requireRow(id);
      if (row.trashedAt === null) {
        throw new BriefdeskError(
          'invalid_input',
          `"${row.headline || 'Untitled brief'}" is not in the Trash. Move it to the Trash before deleting it for good.`,
        );
      }
      await this.revisions.removeAll(id);
      const path = this.#briefPath(id);
      await rm(path, { force: true }).catch((error: unknown) => {
        throw ioError('delete', path, error);
      });
      await syncDirectory(join(this.dataDir, ARTICLES_DIR));
      this.#rows.delete(id);
      this.search.remove(id);
      this.#recordIndexChange({ op: 'delete', id });
    });
  }

  /**
   * Store an image in assets/<sha256>.<ext> (once, however often it is added).
   * Throws 'unsupported' for anything but PNG, JPEG, GIF, WebP or AVIF and
   * 'too_large' above MAX_IMAGE_BYTES.
   */
  async addImage(fileName: string, bytes: Uint8Array): Promise<ImageAsset> {
    this.#assertWritable();
    return this.#queue.run(ASSET_QUEUE, () => this.#assets.add(fileName, bytes));
  }

  /** Absolute path of a stored image, or null when `assetId` is not a valid asset id or the file is absent. */
  assetPath(assetId: string): string | null {
    return this.#assets.path(assetId);
  }

  /** Resolves once every pending write has finished. */
  async flush(): Promise<void> {
    await this.#queue.idle();
  }

  /** Resolves once every write pending now has finished (saves arriving meanwhile are not waited for). */
  async settle(): Promise<void> {
    await this.#queue.settled();
  }

  /** Finish pending writes, fold the journal into library.json and release the lock. */
  async close(): Promise<void> {
    if (this.#state !== 'open') return;
    this.#state = 'closing';
    try {
      await this.search.stop();
      await this.flush();
      if (!this.readOnly && (this.#journal.lineCount > 0 || this.#indexDirty)) await this.#compact();
    } finally {
      await this.#lock?.release();
      this.#state = 'closed';
    }
  }

  async #load(): Promise<void> {
    let data: LibraryData | null = null;
    let mustCompact = false;
    try {
      data = await this.#db.adapter.read();
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'unsupported' && this.readOnly) {
        // Written by a newer Briefdesk: show the briefs (the index is rebuilt in memory from their files), change nothing.
        this.#notice = `${error.message} Until then it is open read-only: nothing can be changed.`;
      } else if (error.code !== 'damaged') {
        throw error;
      } else if (!this.readOnly) {
        // The index is derived from the brief files: set the damaged one aside and rebuild it.
        await quarantineFile(this.dataDir, join(this.dataDir, LIBRARY_FILE), 'library', this.#now());
      }
    }
    if (data === null) mustCompact = true;
    this.#db.data = data ?? emptyLibraryData();

    const rows = new Map(Object.entries(this.#db.data.rows));
    const { entries } = await this.#journal.read();
    replayJournal(rows, entries);
    const verified = await verifyIndex(rows, { dataDir: this.dataDir, readOnly: this.readOnly, now: this.#now });
    this.#rows = verified.rows;
    this.#damaged = [...this.#db.data.damaged, ...verified.damaged];
    for (const part of [this.templates, this.deskLibrary]) {
      const problem = await part.load();
      if (problem?.movedAside) {
        this.#damaged.push(problem.report);
        mustCompact = true;
      } else if (problem) {
        this.#unusable.push(problem.report);
      }
    }
    if (this.readOnly) return;

    for (const dir of [this.dataDir, join(this.dataDir, ARTICLES_DIR), join(this.dataDir, ASSETS_DIR)]) {
      await removeLeftoverTempFiles(dir);
    }
    if (mustCompact || verified.repaired > 0 || this.#journal.lineCount > 0) await this.#compact();
  }

  /** Rewrite library.json from the rows in memory, then empty the journal. */
  async #compact(): Promise<void> {
    this.#db.data = { ...this.#db.data, rows: Object.fromEntries(this.#rows), damaged: this.#damaged };
    await this.#db.write();
    await this.#journal.truncate();
    this.#indexDirty = false;
  }

  /**
   * Journal one index change, in the index queue; the caller does not wait
   * for it (flush, settle and close do). The brief file is already durable
   * and the index is rebuilt from the files on open, so a failure here does
   * not fail the write: library.json is rewritten at close instead. Once the
   * journal reaches its limit, folding it into library.json is queued after
   * the append.
   */
  #recordIndexChange(entry: JournalEntry): void {
    void this.#queue.run(INDEX_QUEUE, async () => {
      try {
        await this.#journal.append(entry);
      } catch {
        this.#indexDirty = true;
      }
      if (this.#journal.lineCount >= this.#journalLimit && !this.#compactionQueued) {
        this.#compactionQueued = true;
        void this.#queue.run(INDEX_QUEUE, async () => {
          this.#compactionQueued = false;
          await this.#compact().catch(() => {
            this.#indexDirty = true;
          });
        });
      }
    });
  }

  /** Briefs, live and trashed, with a desk synced to a library block, most recently updated first. */
  #briefsReferencing(blockId: string): BriefSummary[] {
    return [...this.#rows.values()]
      .filter((row) => row.deskRefs.includes(blockId))
      .sort(byUpdatedDescending)
      .map(summaryOf);
  }

  /**
   * Change a brief's body the way a save does — in its queue, revision + 1,
   * new updatedAt, journal row — so an editor holding the old revision gets
   * a conflict instead of silently overwriting. `change` answers null to
   * leave the brief as it is. Resolves to whether it was written.
   */
  async #rewriteBody(id: string, change: (brief: Brief) => BodyDoc | null): Promise<boolean> {
    this.#assertWritable();
    return this.#queue.run(briefQueue(id), async () => {
      const row = this.#requireRow(id);
      const brief = await this.#read(id);
      const body = change(brief);
      if (body === null) return false;
      const content = parseBriefContent({ ...BriefContent.parse(brief), body });
      await this.#persist({ ...brief, ...content, revision: row.revision + 1, updatedAt: this.#now().toISOString() });
      return true;
    });
  }

  /** Save new content over a brief already read in its queue (a restore): checked, revision + 1, new updatedAt. */
  async #saveContent(brief: Brief, content: BriefContent): Promise<Brief> {
    const checked = parseBriefContent(content);
    const row = this.#requireRow(brief.id);
    const saved: Brief = { ...brief, ...checked, revision: row.revision + 1, updatedAt: this.#now().toISOString() };
    await this.#persist(saved);
    return saved;
  }

  /**
   * Write a brief's file, then its index row: in memory at once, the journal
   * line and the search index's update queued (see #recordIndexChange and
   * LibrarySearch.put), so a write costs about one durable file write.
   */
  async #persist(brief: Brief): Promise<IndexRow> {
    const stamp = await writeBriefFile(this.#briefPath(brief.id), brief);
    const row = indexRowOf(brief, stamp);
    this.#rows.set(brief.id, row);
    this.search.put(brief);
    this.#recordIndexChange({ op: 'upsert', row });
    return row;
  }

  async #read(id: string): Promise<Brief> {
    this.#requireRow(id);
    try {
      return (await readBriefFile(this.#briefPath(id), id)).brief;
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'not_found') this.#forget(id);
      if (error.code === 'damaged' && !this.readOnly) await this.#setAside(id, error.message);
      throw error;
    }
  }

  /** Move a brief file found damaged while the library is open to quarantine/. */
  async #setAside(id: string, reason: string): Promise<never> {
    const now = this.#now();
    const movedTo = await quarantineFile(this.dataDir, this.#briefPath(id), id, now);
    this.#damaged.push({ id, movedTo, reason, detectedAt: now.toISOString() });
    this.#forget(id);
    throw new BriefdeskError('damaged', `This brief's file is damaged and was moved to ${movedTo}. ${reason}`);
  }

  /** Drop a brief whose file is gone or set aside from the index (memory, search and journal). */
  #forget(id: string): void {
    this.#rows.delete(id);
    this.search.remove(id);
    if (!this.readOnly) this.#recordIndexChange({ op: 'delete', id });
  }

  async #setTrashed(id: string, trashed: boolean): Promise<BriefSummary> {
    this.#assertWritable();
    return this.#queue.run(briefQueue(id), async () => {
      const row = this.#requireRow(id);
      if ((row.trashedAt !== null) === trashed) return summaryOf(row);
      const brief = await this.#read(id);
      const trashedAt = trashed ? this.#now().toISOString() : null;
      return summaryOf(await this.#persist({ ...brief, trashedAt }));
    });
  }

  #newBrief(content: BriefContent, at: string): Brief {
    const id = this.#idFactory();
    if (!BriefId.safeParse(id).success || this.#rows.has(id)) {
      throw new BriefdeskError('internal', `Could not make a new brief id ("${id}" is not usable).`);
    }
    return { schemaVersion: BRIEF_SCHEMA_VERSION, id, revision: 0, createdAt: at, updatedAt: at, trashedAt: null, ...content };
  }

  #requireRow(id: string): IndexRow {
    const row = this.#rows.get(id);
    if (!row) throw new BriefdeskError('not_found', `There is no brief "${id}" in this library.`);
    return row;
  }

  #briefPath(id: string): string {
    return join(this.dataDir, ARTICLES_DIR, `${id}.json`);
  }

  #assertOpen(): void {
    if (this.#state !== 'open') throw new BriefdeskError('internal', 'This library has been closed.');
  }

  #assertWritable(): void {
    this.#assertOpen();
    if (this.readOnly) {
      throw new BriefdeskError('io', 'This library was opened read-only, so changes cannot be saved.');
    }
  }
}
