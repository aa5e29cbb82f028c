import { join } from 'node:path';
import { BRIEF_SCHEMA_VERSION, type Brief, type BriefContent, BriefId } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { fileStamp, readBriefFile, type StoredBrief, writeBriefFile } from './brief-file';
import { parseBriefContent } from './brief-validation';
import { durableFs } from './durable-fs';
import { syncDirectory } from './durable-write';
import { ARTICLES_DIR } from './file-stamps';
import { entryOf, type IndexEntry, type IndexRow, indexRowOf, stampMatches } from './index-row';
import { ioError } from './io-error';
import type { LibraryIndex } from './library-index';
import { quarantineFile } from './quarantine';

/** Options of BriefRecords. */
export interface BriefRecordsOptions {
  dataDir: string;
  readOnly: boolean;
  index: LibraryIndex;
  now: () => Date;
  /** Ids for new briefs. */
  idFactory: () => string;
}

/**
 * The brief files (articles/<id>.json) and their index entries, kept in step:
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

  /**
   * A brief's record, checked against its file (one stat): when the index
   * has no entry for it, or one from another version of the file (a crash
   * between a write and its index update, an edit behind Briefdesk's back, an
   * index still being rebuilt), the file is read and indexed first. Throws
   * 'not_found' when there is no such brief, 'damaged' when its file is.
   * With `forWrite`, a brief the index knows whose file has gone missing
   * (deleted behind Briefdesk's back while it is being edited) is answered
   * from its entry: the write about to happen brings the file back, so the
   * analyst's text is not lost.
   */
  async require(id: string, options: { forWrite?: boolean } = {}): Promise<IndexEntry> {
    if (!BriefId.safeParse(id).success) throw this.#notFound(id);
    const entry = this.#options.index.entry(id);
    if (entry) {
      const stamp = await fileStamp(this.path(id)).catch((error: unknown) => (error instanceof BriefdeskError ? error : null));
      if (stamp instanceof BriefdeskError) {
        if (options.forWrite && stamp.code === 'not_found') return entry;
      } else if (stamp && stampMatches(entry, stamp)) {
        return entry;
      }
    }
    const stored = await this.#readStored(id);
    return entryOf(indexRowOf(stored.brief, stored.file));
  }

  /**
   * Read a brief's file. A file found gone drops its entry; one found damaged
   * is moved to quarantine/ (not read-only) and listed; one that differs from
   * its entry is indexed again.
   */
  async read(id: string): Promise<Brief> {
    return (await this.#readStored(id)).brief;
  }

  async #readStored(id: string): Promise<StoredBrief> {
    if (!BriefId.safeParse(id).success) throw this.#notFound(id);
    try {
      const stored = await readBriefFile(this.path(id), id);
      const entry = this.#options.index.entry(id);
      if (!entry || !stampMatches(entry, stored.file) || entry.fileHash !== stored.file.hash) {
        this.#options.index.put(stored.brief, stored.file);
      }
      return stored;
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'not_found') {
        if (this.#options.index.entry(id)) this.#options.index.drop(id);
        throw this.#notFound(id);
      }
      if (error.code === 'damaged' && !this.#options.readOnly) await this.#setAside(id, error.message);
      throw error;
    }
  }

  /**
   * Write a brief's file, then have the index updated (see LibraryIndex.put),
   * so a write costs about one durable file write.
   */
  async persist(brief: Brief): Promise<IndexRow> {
    const file = await writeBriefFile(this.path(brief.id), brief);
    this.#options.index.put(brief, file);
    return indexRowOf(brief, file);
  }

  /**
   * Write new content over a brief read in its queue (a restore, a body
   * rewritten by the desk library): checked like a save, revision + 1, new
   * updatedAt. Throws 'invalid_input' when the content does not fit.
   */
  async saveOver(brief: Brief, content: BriefContent): Promise<Brief> {
    const checked = parseBriefContent(content);
    const record = await this.require(brief.id);
    const saved: Brief = { ...brief, ...checked, revision: record.revision + 1, updatedAt: this.#options.now().toISOString() };
    await this.persist(saved);
    return saved;
  }

  /** Delete a brief's file and its entry. */
  async remove(id: string): Promise<void> {
    const path = this.path(id);
    await durableFs()
      .rm(path, { force: true })
      .catch((error: unknown) => {
        throw ioError('delete', path, error);
      });
    await syncDirectory(join(this.#options.dataDir, ARTICLES_DIR));
    this.#options.index.drop(id);
  }

  /** A new brief at revision 0 with a fresh id. */
  newBrief(content: BriefContent, at: string): Brief {
    const id = this.#options.idFactory();
    if (!BriefId.safeParse(id).success || this.#options.index.entry(id)) {
      throw new BriefdeskError('internal', `Could not make a new brief id ("${id}" is not usable).`);
    }
    return { schemaVersion: BRIEF_SCHEMA_VERSION, id, revision: 0, createdAt: at, updatedAt: at, trashedAt: null, ...content };
  }

  #notFound(id: string): BriefdeskError {
    return new BriefdeskError('not_found', `There is no brief "${id}" in this library.`);
  }

  /** Move a brief file found damaged while the library is open to quarantine/. */
  async #setAside(id: string, reason: string): Promise<never> {
    const now = this.#options.now();
    const movedTo = await quarantineFile(this.#options.dataDir, this.path(id), id, now);
    this.#options.index.addDamaged({ id, movedTo, reason, detectedAt: now.toISOString() });
    this.#options.index.drop(id);
    throw new BriefdeskError('damaged', `This brief's file is damaged and was moved to ${movedTo}. ${reason}`);
  }
}
