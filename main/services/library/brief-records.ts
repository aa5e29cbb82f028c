import { join } from 'node:path';
import { BRIEF_SCHEMA_VERSION, type Brief, type BriefContent, BriefId } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import type { LibrarySearch } from '../search/library-search';
import { readBriefFile, writeBriefFile } from './brief-file';
import { parseBriefContent } from './brief-validation';
import { durableFs } from './durable-fs';
import { syncDirectory } from './durable-write';
import { type IndexRow, indexRowOf } from './index-row';
import { ARTICLES_DIR } from './index-verify';
import { ioError } from './io-error';
import type { LibraryIndex } from './library-index';
import { quarantineFile } from './quarantine';

/** Options of BriefRecords. */
export interface BriefRecordsOptions {
  dataDir: string;
  readOnly: boolean;
  index: LibraryIndex;
  /** The full-text index, told of every brief written or dropped. */
  search: Pick<LibrarySearch, 'put' | 'remove'>;
  now: () => Date;
  /** Ids for new briefs. */
  idFactory: () => string;
}

/**
 * The brief files (articles/<id>.json) and their index rows, kept in step:
 * the reads and writes LibraryStore's operations are made of. Callers run
 * them in the brief's write queue.
 */
export class BriefRecords {
  readonly #options: BriefRecordsOptions;

  constructor(options: BriefRecordsOptions) {
    this.#options = options;
  }

  /** Absolute path of a brief's file. */
  path(id: string): string {
    return join(this.#options.dataDir, ARTICLES_DIR, `${id}.json`);
  }

  /** A brief's index row; throws 'not_found'. */
  require(id: string): IndexRow {
    const row = this.#options.index.row(id);
    if (!row) throw new BriefdeskError('not_found', `There is no brief "${id}" in this library.`);
    return row;
  }

  /**
   * Read a brief's file. A file found gone drops its row; one found damaged
   * is moved to quarantine/ (not read-only) and listed.
   */
  async read(id: string): Promise<Brief> {
    this.require(id);
    try {
      return (await readBriefFile(this.path(id), id)).brief;
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'not_found') this.#forget(id);
      if (error.code === 'damaged' && !this.#options.readOnly) await this.#setAside(id, error.message);
      throw error;
    }
  }

  /**
   * Write a brief's file, then its index row: in memory at once, the journal
   * line and the search index's update queued (see LibraryIndex.put and
   * LibrarySearch.put), so a write costs about one durable file write.
   */
  async persist(brief: Brief): Promise<IndexRow> {
    const stamp = await writeBriefFile(this.path(brief.id), brief);
    const row = indexRowOf(brief, stamp);
    this.#options.index.put(row);
    this.#options.search.put(brief);
    return row;
  }

  /**
   * Write new content over a brief read in its queue (a restore, a body
   * rewritten by the desk library): checked like a save, revision + 1, new
   * updatedAt. Throws 'invalid_input' when the content does not fit.
   */
  async saveOver(brief: Brief, content: BriefContent): Promise<Brief> {
    const checked = parseBriefContent(content);
    const row = this.require(brief.id);
    const saved: Brief = { ...brief, ...checked, revision: row.revision + 1, updatedAt: this.#options.now().toISOString() };
    await this.persist(saved);
    return saved;
  }

  /** Delete a brief's file and its row. */
  async remove(id: string): Promise<void> {
    const path = this.path(id);
    await durableFs()
      .rm(path, { force: true })
      .catch((error: unknown) => {
        throw ioError('delete', path, error);
      });
    await syncDirectory(join(this.#options.dataDir, ARTICLES_DIR));
    this.#forget(id);
  }

  /** A new brief at revision 0 with a fresh id. */
  newBrief(content: BriefContent, at: string): Brief {
    const id = this.#options.idFactory();
    if (!BriefId.safeParse(id).success || this.#options.index.row(id)) {
      throw new BriefdeskError('internal', `Could not make a new brief id ("${id}" is not usable).`);
    }
    return { schemaVersion: BRIEF_SCHEMA_VERSION, id, revision: 0, createdAt: at, updatedAt: at, trashedAt: null, ...content };
  }

  /** Move a brief file found damaged while the library is open to quarantine/. */
  async #setAside(id: string, reason: string): Promise<never> {
    const now = this.#options.now();
    const movedTo = await quarantineFile(this.#options.dataDir, this.path(id), id, now);
    this.#options.index.addDamaged({ id, movedTo, reason, detectedAt: now.toISOString() });
    this.#forget(id);
    throw new BriefdeskError('damaged', `This brief's file is damaged and was moved to ${movedTo}. ${reason}`);
  }

  /** Drop a brief whose file is gone or set aside from the index (memory, search and journal). */
  #forget(id: string): void {
    this.#options.index.drop(id);
    this.#options.search.remove(id);
  }
}
