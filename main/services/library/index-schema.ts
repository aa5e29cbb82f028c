import type { SqlDatabase } from './sqlite';

/**
 * Version of index.db's layout. index.db is derived from the brief files, so
 * a database of another version is not migrated: it is set aside and rebuilt.
 * Bump it whenever the tables, the tokenizer or what goes into them changes.
 */
export const INDEX_VERSION = 3;

/** index.db in the data dir. */
export const INDEX_FILE = 'index.db';
/** index.db and the files SQLite keeps beside it (write-ahead log, shared memory). */
export const INDEX_FILES: readonly string[] = [INDEX_FILE, `${INDEX_FILE}-wal`, `${INDEX_FILE}-shm`, `${INDEX_FILE}-journal`];

/**
 * The full-text index's columns, in order, with how much a match in each
 * counts (bm25 weights): the headline and the takeaways most, the body least.
 */
export const FTS_COLUMNS = [
  { name: 'headline', weight: 10 },
  { name: 'takeaways', weight: 6 },
  { name: 'tags', weight: 5 },
  { name: 'standfirst', weight: 4 },
  { name: 'desk', weight: 2 },
  { name: 'byline', weight: 2 },
  { name: 'caption', weight: 1.5 },
  { name: 'body', weight: 1 },
] as const;

export type FtsColumn = (typeof FTS_COLUMNS)[number]['name'];

/** Lengths of the prefixes kept in their own index, so a word being typed matches quickly. */
export const PREFIX_INDEX_LENGTHS = '3';

/**
 * The tables of index.db:
 * - briefs: one row per brief — the list's fields, its sort keys, the
 *   revision (for conflict checks) and the stamp of its file (size, mtime,
 *   SHA-256) it was read from. `doc` is its document number in the full-text
 *   index; a brief gets a new one each time it is indexed, so document order
 *   is the order briefs were last changed.
 * - brief_tags, desk_refs: the tags and synced desk-library blocks of each
 *   brief, for filters and look-ups.
 * - fts: contentless FTS5 (unicode61, diacritics folded, prefix index), with
 *   bm25 weights set as its rank.
 * - texts: each brief's searchable text (a JSON array of its fields), for snippets.
 * - terms: every word the index has seen (but CJK pairs), to complete the word being typed and for typo suggestions.
 */
export function createIndexSchema(db: SqlDatabase): void {
  const columns = FTS_COLUMNS.map((column) => column.name).join(', ');
  const weights = FTS_COLUMNS.map((column) => column.weight).join(', ');
  // One transaction: a process killed half way leaves no half-made index (tables without a version) behind.
  db.transaction(() =>
    db.exec(`
    CREATE TABLE briefs (
      doc INTEGER PRIMARY KEY AUTOINCREMENT,
      id TEXT NOT NULL UNIQUE,
      headline TEXT NOT NULL,
      headline_key TEXT NOT NULL,
      section TEXT NOT NULL,
      section_key TEXT NOT NULL,
      status TEXT NOT NULL,
      status_rank INTEGER NOT NULL,
      tags TEXT NOT NULL,
      word_count INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL,
      updated_ms INTEGER NOT NULL,
      trashed_at TEXT,
      trashed INTEGER NOT NULL,
      revision INTEGER NOT NULL,
      file_size INTEGER NOT NULL,
      mtime_ms REAL NOT NULL,
      file_hash TEXT NOT NULL
    );
    CREATE INDEX briefs_by_updated ON briefs (trashed, updated_ms DESC, id);
    CREATE INDEX briefs_by_headline ON briefs (trashed, headline_key, id);
    CREATE INDEX briefs_by_status ON briefs (trashed, status_rank, updated_ms DESC, id);
    CREATE INDEX briefs_by_section ON briefs (trashed, section_key, updated_ms DESC, id);
    CREATE TABLE brief_tags (tag_key TEXT NOT NULL, doc INTEGER NOT NULL, tag TEXT NOT NULL, PRIMARY KEY (tag_key, doc)) WITHOUT ROWID;
    CREATE INDEX brief_tags_by_doc ON brief_tags (doc);
    CREATE TABLE desk_refs (block_id TEXT NOT NULL, doc INTEGER NOT NULL, PRIMARY KEY (block_id, doc)) WITHOUT ROWID;
    CREATE INDEX desk_refs_by_doc ON desk_refs (doc);
    CREATE VIRTUAL TABLE fts USING fts5(${columns}, content='', contentless_delete=1,
      tokenize='unicode61 remove_diacritics 2', prefix='${PREFIX_INDEX_LENGTHS}');
    INSERT INTO fts (fts, rank) VALUES ('rank', 'bm25(${weights})');
    CREATE TABLE texts (doc INTEGER PRIMARY KEY, data TEXT NOT NULL);
    CREATE TABLE terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
    PRAGMA user_version = ${INDEX_VERSION};
  `),
  );
}

/** The tables a usable index.db of this version has. */
export const INDEX_TABLES: readonly string[] = ['briefs', 'brief_tags', 'desk_refs', 'fts', 'texts', 'terms'];
