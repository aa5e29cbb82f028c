import type { BriefStatus } from '../../../shared/model/brief';
import type { IndexDocument } from '../search/index-document';
import { foldText } from '../search/text-folding';
import { FTS_COLUMNS } from './index-schema';
import type { FileVersion, IndexEntry } from './index-row';

export type { IndexEntry };
import { type ListQuery, listStatements, sortKey, STATUS_RANK } from './list-query';
import type { SqlDatabase, SqlValue } from './sqlite';

/** A window of the list and how many rows pass its filter in all. */
export interface ListWindow {
  rows: IndexEntry[];
  total: number;
}

/** A value of a tag or section and how many briefs have it. */
export interface Facet {
  value: string;
  count: number;
}

const ENTRY_COLUMNS =
  'b.id, b.headline, b.section, b.status, b.tags, b.word_count, b.created_at, b.updated_at, b.trashed_at, b.revision, b.file_size, b.mtime_ms, b.file_hash';

const STATUSES: readonly BriefStatus[] = ['draft', 'review', 'ready', 'published'];

function isStatus(value: unknown): value is BriefStatus {
  return typeof value === 'string' && (STATUSES as readonly string[]).includes(value);
}

function stringOf(record: Record<string, unknown>, key: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new TypeError(`index.db: ${key} is not text`);
  return value;
}

function numberOf(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number') throw new TypeError(`index.db: ${key} is not a number`);
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function tagsOf(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((tag): tag is string => typeof tag === 'string') : [];
}

/** An entry from a row of `SELECT ${ENTRY_COLUMNS}`; throws a TypeError for a row that is not one (a damaged index). */
function entryFromSql(value: unknown): IndexEntry {
  if (!isRecord(value)) throw new TypeError('index.db: not a row');
  const status = value.status;
  if (!isStatus(status)) throw new TypeError('index.db: unknown status');
  const trashedAt = value.trashed_at;
  return {
    id: stringOf(value, 'id'),
    headline: stringOf(value, 'headline'),
    section: stringOf(value, 'section'),
    status,
    tags: tagsOf(stringOf(value, 'tags')),
    wordCount: numberOf(value, 'word_count'),
    createdAt: stringOf(value, 'created_at'),
    updatedAt: stringOf(value, 'updated_at'),
    trashedAt: typeof trashedAt === 'string' ? trashedAt : null,
    revision: numberOf(value, 'revision'),
    fileSize: numberOf(value, 'file_size'),
    mtimeMs: numberOf(value, 'mtime_ms'),
    fileHash: stringOf(value, 'file_hash'),
  };
}

function countOf(value: unknown): number {
  return isRecord(value) ? numberOf(value, 'n') : 0;
}

/** The key a tag, section or headline is stored, sorted and matched by. */
export const keyOf = (text: string): string => sortKey(text, foldText);

const INSERT_BRIEF = `INSERT INTO briefs (id, headline, headline_key, section, section_key, status, status_rank, tags, word_count,
  created_at, updated_at, updated_ms, trashed_at, trashed, revision, file_size, mtime_ms, file_hash)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING doc`;
/**
 * FTS5's settings while a rebuild loads every brief, and after: terms kept in
 * memory up to 32 MB before they are written as a segment (default 1 MB), and
 * segments merged once 16 (default 4) are on a level. Fewer, larger segments
 * and less merging halve SQLite's share of a rebuild (10,000 briefs: 6.9 →
 * 3.5 s of CPU, with 1,024 briefs a transaction).
 */
const FTS_LOAD_SETTINGS = {
  bulk: { hashsize: 32 * 1024 * 1024, automerge: 16 },
  usual: { hashsize: 1024 * 1024, automerge: 4 },
} as const;

const INSERT_FTS = `INSERT INTO fts (rowid, ${FTS_COLUMNS.map((column) => column.name).join(', ')}) VALUES (?${', ?'.repeat(FTS_COLUMNS.length)})`;

/**
 * index.db's tables, read and written: one brief's row, full-text entry,
 * stored text, tags and desk references written together, in the caller's
 * transaction; list windows, look-ups and facets read with every value bound
 * as a parameter. See index-schema.ts for the layout.
 */
export class IndexDb {
  readonly db: SqlDatabase;

  constructor(db: SqlDatabase) {
    this.db = db;
  }

  /** Write documents and remove briefs, all in one transaction. `vocabulary` adds each document's words to the typo vocabulary. */
  write(
    documents: readonly IndexDocument[],
    removals: readonly string[],
    vocabulary: (document: IndexDocument) => readonly string[],
  ): void {
    if (documents.length === 0 && removals.length === 0) return;
    this.db.transaction(() => {
      for (const id of removals) this.#remove(id);
      const entries = documents.map((document) => ({ doc: this.#put(document, vocabulary(document)), columns: document.columns }));
      // The full-text rows go in last, one after another: any other statement in between makes FTS5 flush what it
      // holds in memory as a segment of its own (one per brief), and merging those costs more than the inserts.
      const insert = this.db.prepare(INSERT_FTS);
      for (const { doc, columns } of entries) insert.run(doc, ...columns);
    });
  }

  /** Set FTS5 up for loading many briefs (a rebuild), or back as usual once it is done. The settings are kept in index.db. */
  bulkLoading(bulk: boolean): void {
    const settings = FTS_LOAD_SETTINGS[bulk ? 'bulk' : 'usual'];
    this.db.transaction(() => {
      // FTS5 takes its settings as literals (a bound value is refused); these are our own constants.
      for (const [name, value] of Object.entries(settings)) this.db.exec(`INSERT INTO fts (fts, rank) VALUES ('${name}', ${value})`);
    });
  }

  /** Record a brief file's new stamp and hash (its content is what the index has). */
  updateFile(id: string, file: FileVersion): void {
    this.db
      .prepare('UPDATE briefs SET file_size = ?, mtime_ms = ?, file_hash = ? WHERE id = ?')
      .run(file.fileSize, file.mtimeMs, file.hash, id);
  }

  /** A brief's entry, or undefined. */
  entry(id: string): IndexEntry | undefined {
    const row = this.db.prepare(`SELECT ${ENTRY_COLUMNS} FROM briefs b WHERE b.id = ?`).get(id);
    return row === undefined ? undefined : entryFromSql(row);
  }

  /**
   * The file stamps and hashes of up to `limit` briefs with a document number
   * above `afterDoc`, in that order, and the last number read (null when there
   * are no more): read a page at a time, checking a large library against its
   * files never holds the thread for long.
   */
  fileVersionsPage(afterDoc: number, limit: number): { versions: [string, FileVersion][]; lastDoc: number | null } {
    const versions: [string, FileVersion][] = [];
    let lastDoc: number | null = null;
    const rows = this.db
      .prepare('SELECT doc, id, file_size, mtime_ms, file_hash FROM briefs WHERE doc > ? ORDER BY doc LIMIT ?')
      .all(afterDoc, limit);
    for (const row of rows) {
      if (!isRecord(row)) continue;
      lastDoc = numberOf(row, 'doc');
      versions.push([
        stringOf(row, 'id'),
        { fileSize: numberOf(row, 'file_size'), mtimeMs: numberOf(row, 'mtime_ms'), hash: stringOf(row, 'file_hash') },
      ]);
    }
    return { versions, lastDoc: rows.length < limit ? null : lastDoc };
  }

  /** How many briefs the index holds, live and trashed. */
  count(): number {
    return countOf(this.db.prepare('SELECT count(*) AS n FROM briefs').get());
  }

  /** A window of the list, sorted and filtered (see list-query.ts). */
  list(query: ListQuery): ListWindow {
    const statements = listStatements(query, ENTRY_COLUMNS, foldText);
    const rows = this.db
      .prepare(statements.rows.sql)
      .all(...statements.rows.params)
      .map(entryFromSql);
    const total =
      query.offset === 0 && query.limit !== null && rows.length < query.limit
        ? rows.length
        : countOf(this.db.prepare(statements.count.sql).get(...statements.count.params));
    return { rows, total };
  }

  /** The entries of the given document numbers, by number. */
  entriesOf(docs: readonly number[]): Map<number, IndexEntry> {
    const found = new Map<number, IndexEntry>();
    if (docs.length === 0) return found;
    const rows = this.db
      .prepare(`SELECT b.doc, ${ENTRY_COLUMNS} FROM briefs b WHERE b.doc IN (${docs.map(() => '?').join(', ')})`)
      .all(...docs);
    for (const row of rows) if (isRecord(row)) found.set(numberOf(row, 'doc'), entryFromSql(row));
    return found;
  }

  /** Briefs, live and trashed, with a desk synced to a library block, most recently updated first. */
  referencing(blockId: string): IndexEntry[] {
    return this.db
      .prepare(
        `SELECT ${ENTRY_COLUMNS} FROM briefs b JOIN desk_refs r ON r.doc = b.doc WHERE r.block_id = ? ORDER BY b.updated_ms DESC, b.id`,
      )
      .all(blockId)
      .map(entryFromSql);
  }

  /** The tags and sections of the live briefs (or the Trash), each with how many briefs have it, by name. */
  facets(trash: boolean): { tags: Facet[]; sections: Facet[] } {
    const flag = trash ? 1 : 0;
    const facet = (row: unknown): Facet | null =>
      isRecord(row) && typeof row.value === 'string' ? { value: row.value, count: numberOf(row, 'n') } : null;
    const tags = this.db
      .prepare(
        'SELECT min(t.tag) AS value, count(*) AS n FROM brief_tags t JOIN briefs b ON b.doc = t.doc WHERE b.trashed = ? GROUP BY t.tag_key ORDER BY t.tag_key',
      )
      .all(flag)
      .map(facet)
      .filter((entry) => entry !== null);
    const sections = this.db
      .prepare(
        "SELECT min(b.section) AS value, count(*) AS n FROM briefs b WHERE b.trashed = ? AND b.section <> '' GROUP BY b.section_key ORDER BY b.section_key",
      )
      .all(flag)
      .map(facet)
      .filter((entry) => entry !== null);
    return { tags, sections };
  }

  /** Words of the vocabulary from `from` (inclusive) to `to` (exclusive), in order; `limit` at most. */
  termsBetween(from: string, to: string, limit = -1): string[] {
    return this.db
      .prepare('SELECT term FROM terms WHERE term >= ? AND term < ? ORDER BY term LIMIT ?')
      .all(from, to, limit)
      .map((row) => (isRecord(row) && typeof row.term === 'string' ? row.term : ''))
      .filter((term) => term !== '');
  }

  /** Replace the typo vocabulary with every word of the full-text index that `keep` accepts (after a rebuild). */
  refillVocabulary(keep: (term: string) => boolean): void {
    this.db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_vocabulary USING fts5vocab(main, fts, row)');
    const terms = this.db
      .prepare('SELECT term FROM temp.fts_vocabulary')
      .all()
      .map((row) => (isRecord(row) && typeof row.term === 'string' ? row.term : ''))
      .filter(keep);
    this.db.transaction(() => {
      this.db.exec('DELETE FROM terms');
      const insert = this.db.prepare('INSERT OR IGNORE INTO terms (term) VALUES (?)');
      for (const term of terms) insert.run(term);
    });
  }

  close(): void {
    this.db.close();
  }

  #remove(id: string): void {
    const found = this.db.prepare('SELECT doc FROM briefs WHERE id = ?').get(id);
    if (!isRecord(found)) return;
    const doc = numberOf(found, 'doc');
    for (const sql of [
      'DELETE FROM fts WHERE rowid = ?',
      'DELETE FROM texts WHERE doc = ?',
      'DELETE FROM brief_tags WHERE doc = ?',
      'DELETE FROM desk_refs WHERE doc = ?',
      'DELETE FROM briefs WHERE doc = ?',
    ]) {
      this.db.prepare(sql).run(doc);
    }
  }

  /** Write a brief's row, stored text, tags, desk references and words (not its full-text entry); returns its document number. */
  #put(document: IndexDocument, vocabulary: readonly string[]): number {
    const { row } = document;
    this.#remove(row.id);
    const values: SqlValue[] = [
      row.id,
      row.headline,
      keyOf(row.headline),
      row.section,
      keyOf(row.section),
      row.status,
      STATUS_RANK[row.status],
      JSON.stringify(row.tags),
      row.wordCount,
      row.createdAt,
      row.updatedAt,
      Date.parse(row.updatedAt),
      row.trashedAt,
      row.trashedAt === null ? 0 : 1,
      row.revision,
      row.fileSize,
      row.mtimeMs,
      row.fileHash,
    ];
    const inserted = this.db.prepare(INSERT_BRIEF).get(...values);
    if (!isRecord(inserted)) throw new Error('index.db: a brief row was not inserted');
    const doc = numberOf(inserted, 'doc');
    this.db.prepare('INSERT INTO texts (doc, data) VALUES (?, ?)').run(doc, document.texts);
    const insertTag = this.db.prepare('INSERT OR IGNORE INTO brief_tags (tag_key, doc, tag) VALUES (?, ?, ?)');
    for (const tag of row.tags) insertTag.run(keyOf(tag), doc, tag);
    const insertRef = this.db.prepare('INSERT OR IGNORE INTO desk_refs (block_id, doc) VALUES (?, ?)');
    for (const blockId of row.deskRefs) insertRef.run(blockId, doc);
    const insertTerm = this.db.prepare('INSERT OR IGNORE INTO terms (term) VALUES (?)');
    for (const term of vocabulary) insertTerm.run(term);
    return doc;
  }
}
