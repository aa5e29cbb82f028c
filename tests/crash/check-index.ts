import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { FTS_COLUMNS, INDEX_FILE } from '../../main/services/library/index-schema';
import { openSqlite, type SqlDatabase } from '../../main/services/library/sqlite';
import { briefFields } from '../../main/services/search/brief-fields';
import { indexDocumentOf, unpackFields } from '../../main/services/search/index-document';
import { tokensOf } from '../../main/services/search/tokens';
import type { Brief } from '../../shared/model/brief';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** A MATCH expression for one word in one column, the word quoted as data. */
const inColumn = (column: string, term: string): string => `${column} : "${term.replaceAll('"', '""')}"`;

/** What index.db says of one brief that its file does not (empty when they agree). */
async function checkOne(db: SqlDatabase, dataDir: string, brief: Brief): Promise<string[]> {
  const path = join(dataDir, 'articles', `${brief.id}.json`);
  const bytes = await readFile(path);
  const info = await stat(path);
  const expected = indexDocumentOf(brief, {
    fileSize: info.size,
    mtimeMs: info.mtimeMs,
    hash: createHash('sha256').update(bytes).digest('hex'),
  });
  const row = db.prepare('SELECT * FROM briefs WHERE id = ?').get(brief.id);
  if (!isRecord(row)) return [`index.db: ${brief.id} has a file but no row`];
  const problems: string[] = [];
  const { row: want } = expected;
  const fields: [string, unknown, unknown][] = [
    ['headline', row.headline, want.headline],
    ['section', row.section, want.section],
    ['status', row.status, want.status],
    ['tags', row.tags, JSON.stringify(want.tags)],
    ['word count', row.word_count, want.wordCount],
    ['revision', row.revision, want.revision],
    ['updatedAt', row.updated_at, want.updatedAt],
    ['trashedAt', row.trashed_at, want.trashedAt],
    ['file size', row.file_size, want.fileSize],
    ['file hash', row.file_hash, want.fileHash],
  ];
  for (const [name, found, wanted] of fields) {
    if (found !== wanted)
      problems.push(`index.db: the ${name} of ${brief.id} is ${JSON.stringify(found)}, its file says ${JSON.stringify(wanted)}`);
  }
  const doc = typeof row.doc === 'number' ? row.doc : -1;
  const texts = db.prepare('SELECT data FROM texts WHERE doc = ?').get(doc);
  const stored = isRecord(texts) && typeof texts.data === 'string' ? unpackFields(texts.data) : null;
  if (!isDeepStrictEqual(stored, briefFields(brief))) problems.push(`index.db: the snippet text of ${brief.id} differs from its file`);
  // Each column's first and last word find this document in that column.
  const hit = db.prepare('SELECT rowid FROM fts WHERE fts MATCH ? AND rowid = ?');
  for (const [at, column] of FTS_COLUMNS.entries()) {
    const tokens = tokensOf(expected.columns[at] ?? '');
    for (const token of new Set([tokens[0]?.term, tokens.at(-1)?.term])) {
      if (token === undefined) continue;
      if (hit.get(inColumn(column.name, token), doc) === undefined) {
        problems.push(`index.db: "${token}" in the ${column.name} of ${brief.id} is not in the full-text index`);
      }
    }
  }
  return problems;
}

/**
 * Check index.db (the library closed) against the brief files: one row per
 * file and none more, each row's fields, stamp and hash as the file says,
 * its stored text equal to the file's, the first and last word of each
 * full-text column found in that column for that brief, nothing left of
 * removed briefs, and FTS5's own integrity check passing.
 */
export async function checkIndex(dataDir: string, files: ReadonlyMap<string, Brief>): Promise<string[]> {
  const db = openSqlite(join(dataDir, INDEX_FILE), { mustExist: true });
  try {
    const problems: string[] = [];
    for (const brief of files.values()) problems.push(...(await checkOne(db, dataDir, brief)));
    const ids = db.prepare('SELECT id FROM briefs').all();
    for (const row of ids) {
      if (isRecord(row) && typeof row.id === 'string' && !files.has(row.id)) problems.push(`index.db: ${row.id} has a row but no file`);
    }
    for (const table of ['texts', 'brief_tags', 'desk_refs']) {
      const orphans = db.prepare(`SELECT count(*) AS n FROM ${table} WHERE doc NOT IN (SELECT doc FROM briefs)`).get();
      if (isRecord(orphans) && orphans.n !== 0) problems.push(`index.db: ${String(orphans.n)} rows of ${table} belong to no brief`);
    }
    try {
      db.exec("INSERT INTO fts (fts, rank) VALUES ('integrity-check', 1)");
    } catch (error) {
      problems.push(`index.db: the full-text index fails its integrity check: ${String(error)}`);
    }
    return problems;
  } finally {
    db.close();
  }
}
