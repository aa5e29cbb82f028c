import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Facet, ImageAsset, IndexProgress, LibraryListing, SaveResult } from '../../../shared/api/contract';
import { BRIEF_SCHEMA_VERSION, type BodyDoc, type Brief, BriefContent, BriefId, type BriefSummary } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { DEFAULT_TEMPLATE_ID } from '../../../shared/model/template';
import { DeskLibrary } from '../desk/desk-library';
import { Revisions } from '../revisions/revision-store';
import { LibrarySearch } from '../search/library-search';
import { TemplateStore } from '../templates/template-store';
import { AssetStore } from './asset-store';
import { BriefRecords } from './brief-records';
import { parseBriefContent } from './brief-validation';
import { removeLeftoverTempFiles } from './durable-write';
import { ARTICLES_DIR } from './file-stamps';
import { summaryOf } from './index-row';
import { ioError } from './io-error';
import { KeyedQueue } from './keyed-queue';
import type { LibraryContext } from './library-context';
import { bundledReaderScript } from './index-reader-pool';
import { LibraryIndex } from './library-index';
import type { ListQuery } from './list-query';
import type { LibraryStoreOptions } from './library-store-options';
import { LibraryLock } from './lock';
import { QUARANTINE_DIR } from './quarantine';

export type { LibraryStoreOptions };

const ASSETS_DIR = 'assets';
const ASSET_QUEUE = 'assets';
const briefQueue = (id: string): string => `brief:${id}`;

/** A window of the list to read (see list-query.ts); every field but `trash` has a default. */
export type ListOptions = Partial<ListQuery>;

/**
 * The library in a data dir: one file per brief (the source of truth), the
 * list's rows and the full-text index in index.db (SQLite, derived from the
 * files and kept current by every write), content-addressed images, brief
 * templates (templates.json), the desk-block library (desk-library.json) and
 * a single-writer lock the system releases when the process ends.
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
  /** Full-text search in index.db, kept current by every write of a brief. */
  readonly search: LibrarySearch;
  readonly #lock: LibraryLock | null;
  readonly #index: LibraryIndex;
  readonly #briefs: BriefRecords;
  readonly #assets: AssetStore;
  readonly #queue = new KeyedQueue();
  readonly #now: () => Date;
  #state: 'open' | 'closing' | 'closed' = 'open';
  /** What the analyst should know about how the library was opened (migrated, or read-only because it is newer). */
  #notice: string | null = null;

  private constructor(dataDir: string, lock: LibraryLock | null, options: LibraryStoreOptions) {
    this.dataDir = dataDir;
    this.readOnly = options.readOnly ?? false;
    this.#lock = lock;
    this.#assets = new AssetStore(join(dataDir, ASSETS_DIR));
    this.#now = options.now ?? (() => new Date());
    this.#index = new LibraryIndex({
      dataDir,
      readOnly: this.readOnly,
      queue: this.#queue,
      now: this.#now,
      runExclusive: (id, task) => this.#queue.run(briefQueue(id), task),
      readerScript: options.readerScript === undefined ? bundledReaderScript() : options.readerScript,
    });
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
      referencing: (blockId) => this.#index.referencing(blockId),
      rewriteBody: (id, change) => this.#rewriteBody(id, change),
    });
    this.revisions = new Revisions(context, {
      run: (id, task) =>
        this.#queue.run(briefQueue(id), async () => {
          await this.#briefs.require(id);
          return task();
        }),
      read: (id) => this.#briefs.read(id),
      saveContent: (brief, content) => this.#briefs.saveOver(brief, content),
      reportDamaged: (report) => this.#index.addDamaged(report),
    });
    this.search = new LibrarySearch({
      searchable: () => this.#index.searchable(),
      progress: () => this.#index.progress(),
    });
    this.#briefs = new BriefRecords({
      dataDir,
      readOnly: this.readOnly,
      index: this.#index,
      now: this.#now,
      idFactory: options.idFactory ?? randomUUID,
    });
  }

  /**
   * Open the library in `dataDir`: create its folders, take the lock, read
   * library.json and open index.db (a missing or unusable one is set aside and
   * rebuilt), then — in the background — check the index against the brief
   * files, reading only those changed behind its back and moving damaged ones
   * to quarantine/. Throws 'locked' when another Briefdesk has it open. A
   * library.json of an older format is migrated as it is read: the shells
   * open libraries through openLibrary, which backs it up first.
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
    const lock = readOnly ? null : await LibraryLock.acquire(dir, options.lockPatienceMs);
    options.onLocked?.();
    const store = new LibraryStore(dir, lock, options);
    try {
      if (options.beforeLoad) store.#notice = await options.beforeLoad(dir, store.#now());
      await store.#load();
      const sync = options.indexSync ?? 'wait';
      if (sync !== 'later') store.startIndexSync();
      if (sync === 'wait') await store.indexSynced();
      return store;
    } catch (error) {
      await store.#index.close().catch(() => undefined);
      await lock?.release();
      throw error;
    }
  }

  /** What the analyst should know about how the library was opened (it was migrated, or is newer and read-only), or null. */
  get notice(): string | null {
    return this.#notice;
  }

  /**
   * A window of the live briefs (or, with `trash`, the Trash) — filtered and
   * sorted in the index, most recently updated first unless told otherwise;
   * every row without `limit` — with the total, the damaged files and the
   * index's progress.
   */
  list(options: ListOptions = {}): LibraryListing {
    const window = this.#index.list({
      trash: options.trash ?? false,
      status: options.status,
      tag: options.tag,
      section: options.section,
      updatedAfter: options.updatedAfter,
      updatedBefore: options.updatedBefore,
      sort: options.sort ?? 'updated',
      offset: options.offset ?? 0,
      limit: options.limit ?? null,
    });
    return { briefs: window.rows.map(summaryOf), total: window.total, damaged: this.#index.damaged(), index: this.#index.progress() };
  }

  /** The tags and sections the live briefs (or the Trash) use, each with how many briefs use it. */
  facets(trash = false): { tags: Facet[]; sections: Facet[] } {
    return this.#index.facets(trash);
  }

  /** Where the index is: up to date, or reading brief files (rebuilt after index.db was lost or damaged). */
  indexProgress(): IndexProgress {
    return this.#index.progress();
  }

  /** Start checking the index against the brief files in the background, if it has not started (see LibraryStoreOptions.indexSync). */
  startIndexSync(): void {
    this.#index.startSync();
  }

  /**
   * Resolves once the index has been checked against the brief files (and
   * rebuilt, if it had to be); with `fullText`, once a library open read-only
   * has its full text indexed too (it is otherwise indexed on the first search).
   */
  async indexSynced(options: { fullText?: boolean } = {}): Promise<void> {
    await this.#index.synced();
    if (options.fullText) await this.#index.fullText();
  }

  /** One brief, whole. Throws 'not_found', or 'damaged' if its file has been corrupted meanwhile. */
  async get(id: string): Promise<Brief> {
    this.#assertOpen();
    return this.#queue.run(briefQueue(id), () => this.#briefs.read(id));
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
    const brief = { ...this.#briefs.newBrief(checked, now), createdAt: options.createdAt ?? now };
    return this.#queue.run(briefQueue(brief.id), async () => {
      await this.#briefs.persist(brief);
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
    const brief = this.draft(templateId);
    return this.#queue.run(briefQueue(brief.id), async () => {
      await this.#briefs.persist(brief);
      return brief;
    });
  }

  /**
   * A new brief made from a template exactly as `create` makes it — id,
   * createdAt, template defaults — but not written: it reaches the disk with
   * its first save (`save` with `createdAt`). Throws 'not_found' for an
   * unknown template.
   */
  draft(templateId: string = DEFAULT_TEMPLATE_ID): Brief {
    this.#assertWritable();
    const content = this.templates.briefContent(templateId, (id) => this.deskLibrary.lookup(id));
    return this.#briefs.newBrief(content, this.#now().toISOString());
  }

  /**
   * Save the editable fields of a brief; its revision goes up by one. Throws
   * 'invalid_input' for content that does not fit the brief format (nothing
   * is written) and 'conflict' when `baseRevision` is not the stored revision.
   * With `createdAt` it is the first save of a brief made by `draft`: the
   * file is written then, and 'conflict' is thrown when the brief exists.
   * Costs one brief file and one journal line, whatever the library's size.
   */
  async save(id: string, content: BriefContent, baseRevision?: number, first?: { createdAt: string }): Promise<SaveResult> {
    this.#assertWritable();
    const checked = parseBriefContent(content);
    return this.#queue.run(briefQueue(id), async () => {
      const row = first ? await this.#firstSaveRow(id, first.createdAt, baseRevision) : await this.#briefs.require(id, { forWrite: true });
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
      const saved = await this.#briefs.persist(brief);
      await this.revisions.afterSave(brief);
      return { revision: brief.revision, updatedAt: brief.updatedAt, summary: summaryOf(saved) };
    });
  }

  /** What a new brief's first save builds on: nothing on disk yet (else 'conflict'). */
  async #firstSaveRow(id: string, createdAt: string, baseRevision = 0): Promise<Pick<Brief, 'revision' | 'createdAt' | 'trashedAt'>> {
    const present = await this.#briefs.require(id).then(
      () => true,
      (error: unknown) => {
        // Only "no such brief" means a first save; a file that cannot be read says so as it is.
        if (error instanceof BriefdeskError && error.code === 'not_found') return false;
        throw error;
      },
    );
    if (present) throw new BriefdeskError('conflict', 'This new brief has been saved already. Reload it to see the latest version.');
    return { revision: baseRevision, createdAt, trashedAt: null };
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
      const present = await this.#briefs.require(id).then(
        () => true,
        () => false,
      );
      if (present) throw new BriefdeskError('conflict', 'This brief is in the library already; there is nothing to bring back.');
      const now = this.#now().toISOString();
      const brief: Brief = {
        schemaVersion: BRIEF_SCHEMA_VERSION,
        id,
        revision: meta.revision,
        createdAt: meta.createdAt,
        updatedAt: now,
        trashedAt: null,
        ...checked,
      };
      await this.#briefs.persist(brief);
      this.#index.dropDamaged(id);
      // library.json keeps the damaged-file list: rewrite it now so the entry does not come back.
      await this.#index.saveDamaged();
      return brief;
    });
  }

  /** A copy of a brief as a new draft, with "(copy)" after the headline. */
  async duplicate(id: string): Promise<Brief> {
    this.#assertWritable();
    return this.#queue.run(briefQueue(id), async () => {
      const content = BriefContent.parse(await this.#briefs.read(id));
      const headline = `${content.headline.slice(0, 393)} (copy)`;
      const copy = this.#briefs.newBrief({ ...content, headline, status: 'draft' }, this.#now().toISOString());
      await this.#queue.run(briefQueue(copy.id), () => this.#briefs.persist(copy));
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
      const row = await this.#briefs.require(id).catch(async (error: unknown) => {
        // Its file is already gone (deleted outside Briefdesk): the row is dropped; what is left to delete is its history.
        if (!(error instanceof BriefdeskError) || error.code !== 'not_found' || !BriefId.safeParse(id).success) throw error;
        await this.revisions.removeAll(id);
        return null;
      });
      if (row === null) return;
      if (row.trashedAt === null) {
        throw new BriefdeskError(
          'invalid_input',
          `"${row.headline || 'Untitled brief'}" is not in the Trash. Move it to the Trash before deleting it for good.`,
        );
      }
      await this.revisions.removeAll(id);
      await this.#briefs.remove(id);
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

  /** Resolves once every pending write has finished and reached index.db. */
  async flush(): Promise<void> {
    await this.#queue.idle();
    this.#index.applyPending();
  }

  /** Resolves once every write pending now has finished (saves arriving meanwhile are not waited for). */
  async settle(): Promise<void> {
    await this.#queue.settled();
    this.#index.applyPending();
  }

  /** Finish pending writes, bring index.db up to date, close it and release the lock. */
  async close(): Promise<void> {
    if (this.#state !== 'open') return;
    this.#state = 'closing';
    try {
      await this.flush();
      await this.#index.close();
    } finally {
      await this.#lock?.release();
      this.#state = 'closed';
    }
  }

  /**
   * Let go of the library the way a process killed right after its last
   * write would: the brief files written, their index updates dropped, the
   * lock released (tests of crash repair; the next open brings the index
   * back in line with the files).
   */
  async abandon(): Promise<void> {
    if (this.#state !== 'open') return;
    this.#state = 'closed';
    await this.#queue.idle();
    this.#index.abandon();
    await this.#lock?.release();
  }

  /** Read library.json, the templates and desk library, open index.db, then tidy the folders and write library.json when due. */
  async #load(): Promise<void> {
    const loaded = await this.#index.load([this.templates, this.deskLibrary]);
    if (loaded.notice !== null) this.#notice = loaded.notice;
    if (this.readOnly) return;

    for (const dir of [this.dataDir, join(this.dataDir, ARTICLES_DIR), join(this.dataDir, ASSETS_DIR)]) {
      await removeLeftoverTempFiles(dir);
    }
    if (loaded.mustWrite) await this.#index.saveDamaged();
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
      const brief = await this.#briefs.read(id);
      const body = change(brief);
      if (body === null) return false;
      await this.#briefs.saveOver(brief, { ...BriefContent.parse(brief), body });
      return true;
    });
  }

  async #setTrashed(id: string, trashed: boolean): Promise<BriefSummary> {
    this.#assertWritable();
    return this.#queue.run(briefQueue(id), async () => {
      const row = await this.#briefs.require(id);
      if ((row.trashedAt !== null) === trashed) return summaryOf(row);
      const brief = await this.#briefs.read(id);
      const trashedAt = trashed ? this.#now().toISOString() : null;
      return summaryOf(await this.#briefs.persist({ ...brief, trashedAt }));
    });
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
