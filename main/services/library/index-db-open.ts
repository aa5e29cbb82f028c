import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { IndexDb } from './index-db';
import { createIndexSchema, INDEX_FILE, INDEX_FILES, INDEX_TABLES, INDEX_VERSION } from './index-schema';
import { errorCode, errorMessage } from './io-error';
import { whileNobodyHolds } from './lock';
import { quarantineFile } from './quarantine';
import { isBusyError, isDamagedDatabaseError, openSqlite, type SqlDatabase, type SqlStatement, type SqlValue } from './sqlite';

/** How long opening index.db waits for a lock another connection holds before the database counts as unusable. */
const BUSY_TIMEOUT_MS = 2_000;

/** Why an existing index.db cannot be used as it is. */
class UnusableIndex extends Error {}

/** What opening index.db found. */
export interface OpenedIndex {
  index: IndexDb;
  /** The index holds nothing yet (new, or replacing an unusable one): it must be built from the brief files. */
  empty: boolean;
  /** Where an unusable index.db was moved (relative to the data dir) and why, or null. */
  setAside: { movedTo: string; reason: string } | null;
}

function numberFrom(value: unknown, key: string): number {
  if (typeof value !== 'object' || value === null || !(key in value)) return Number.NaN;
  const found: unknown = Reflect.get(value, key);
  return typeof found === 'number' ? found : Number.NaN;
}

function tableNames(db: SqlDatabase): Set<string> {
  return new Set(
    db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table'")
      .all()
      .map((row) => (typeof row === 'object' && row !== null && 'name' in row && typeof row.name === 'string' ? row.name : '')),
  );
}

/** Check an opened index.db: true when it is new and empty, false when it is a usable index; throws UnusableIndex. */
function checkIndex(db: SqlDatabase, fileSize: number | null): boolean {
  const version = numberFrom(db.prepare('PRAGMA user_version').get(), 'user_version');
  const tables = tableNames(db);
  if (version === 0 && tables.size === 0) return true;
  if (version !== INDEX_VERSION)
    throw new UnusableIndex(`It is of index version ${version}; this Briefdesk uses version ${INDEX_VERSION}.`);
  const missing = INDEX_TABLES.filter((name) => !tables.has(name));
  if (missing.length > 0) throw new UnusableIndex(`Its tables ${missing.join(', ')} are missing.`);
  if (fileSize !== null) {
    // A file cut short (a copy interrupted, a full disk) still opens; its header knows how long it should be.
    const pages = numberFrom(db.prepare('PRAGMA page_count').get(), 'page_count');
    const pageSize = numberFrom(db.prepare('PRAGMA page_size').get(), 'page_size');
    if (pages * pageSize > fileSize) throw new UnusableIndex(`It is shorter (${fileSize} bytes) than its ${pages} pages.`);
  }
  // One row read, not a count: counting reads the whole table, in pages a large library has not in memory yet.
  db.prepare('SELECT doc FROM briefs LIMIT 1').get();
  return false;
}

/** Settings of the on-disk index: write-ahead log, synced at checkpoints (it is rebuilt from the files if a power cut costs it). */
function configure(db: SqlDatabase): void {
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA journal_size_limit = 67108864');
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw error;
  }
}

/** Open and check index.db; throws UnusableIndex (or the binding's error) when it cannot be used. */
function openChecked(path: string, walSize: number | null): { db: SqlDatabase; empty: boolean } {
  const db = openSqlite(path, { busyTimeoutMs: BUSY_TIMEOUT_MS });
  try {
    configure(db);
    // Fold a log left by a crash into the file first, so the length check below sees the whole database.
    if (walSize !== null && walSize > 0) db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    return { db, empty: false };
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Move index.db and its log to quarantine/ (they are derived: nothing in them is lost). Returns where index.db went. */
async function setAside(dataDir: string, now: Date): Promise<string> {
  let movedTo = '';
  for (const name of INDEX_FILES) {
    const path = join(dataDir, name);
    if ((await sizeOf(path)) === null) continue;
    const extension = name === INDEX_FILE ? 'db' : `db${name.slice(INDEX_FILE.length)}`;
    const relative = await quarantineFile(dataDir, path, 'index', now, extension);
    if (name === INDEX_FILE) movedTo = relative;
  }
  return movedTo;
}

/**
 * Open index.db in the data dir for writing, creating it when missing. One
 * that is damaged (not a database, cut short, corrupt), of another index
 * version, or held by another process past the busy timeout is moved to
 * quarantine/ and replaced by an empty one, to be rebuilt from the files.
 */
export async function openIndexFile(dataDir: string, now: Date): Promise<OpenedIndex> {
  const path = join(dataDir, INDEX_FILE);
  try {
    const { db } = openChecked(path, await sizeOf(`${path}-wal`));
    try {
      const empty = checkIndex(db, await sizeOf(path));
      if (empty) createIndexSchema(db);
      return { index: new IndexDb(db), empty, setAside: null };
    } catch (error) {
      db.close();
      throw error;
    }
  } catch (error) {
    if (!(error instanceof UnusableIndex) && !isDamagedDatabaseError(error) && !isBusyError(error) && !(error instanceof TypeError))
      throw error;
    const reason = error instanceof UnusableIndex ? error.message : errorMessage(error);
    const movedTo = await setAside(dataDir, now);
    const db = openSqlite(path);
    configure(db);
    createIndexSchema(db);
    return { index: new IndexDb(db), empty: true, setAside: { movedTo, reason } };
  }
}

/** A new, empty index in memory (a read-only library, or tests). */
export function memoryIndex(): IndexDb {
  const db = openSqlite(':memory:');
  createIndexSchema(db);
  return new IndexDb(db);
}

/** The tables a read-only library copies from index.db: the list's rows (the full text is indexed from the files when a search needs it). */
const SEEDED_TABLES = ['briefs', 'brief_tags', 'desk_refs'] as const;

/** Copy every row of `table` from `from` into the same table of `to` (same layout: both made by createIndexSchema). */
function copyRows(from: SqlDatabase, to: SqlDatabase, table: (typeof SEEDED_TABLES)[number]): void {
  let insert: SqlStatement | null = null;
  let columns: string[] = [];
  for (const row of from.prepare(`SELECT * FROM ${table}`).all()) {
    if (typeof row !== 'object' || row === null) continue;
    if (insert === null) {
      columns = Object.keys(row);
      insert = to.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
    }
    const values = new Map(Object.entries(row));
    insert.run(...columns.map((column) => sqlValueOf(values.get(column))));
  }
}

function sqlValueOf(value: unknown): SqlValue {
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint' || value instanceof Uint8Array)
    return value;
  throw new TypeError('index.db: a value of an unknown type');
}

/** Copy the list's rows of the index.db at `path` into `index`; false (nothing copied) when it is not a usable index of this version. */
function seedFrom(path: string, index: IndexDb): boolean {
  const disk = openSqlite(path, { readOnly: true, mustExist: true, busyTimeoutMs: BUSY_TIMEOUT_MS });
  try {
    const version = numberFrom(disk.prepare('PRAGMA user_version').get(), 'user_version');
    const tables = tableNames(disk);
    if (version !== INDEX_VERSION || INDEX_TABLES.some((name) => !tables.has(name))) return false;
    index.db.transaction(() => {
      for (const table of SEEDED_TABLES) copyRows(disk, index.db, table);
    });
    return true;
  } finally {
    disk.close();
  }
}

/**
 * An index in memory for a library opened read-only: its rows (not its
 * full-text entries) copied from index.db when that is usable, so the list
 * is there at once and no brief file is read again unless it changed;
 * `seeded` says whether they were. index.db is read through a read-only
 * connection and nothing on disk is changed: while a Briefdesk has it open,
 * the log files a reader needs are there already; otherwise it is read
 * holding the library's lock (no Briefdesk can open it meanwhile) and the
 * log files SQLite makes for a reader are removed after. Where it cannot be
 * read (damaged, of another version, the lock just taken), the rows come
 * from the files instead.
 */
export async function readOnlyIndex(dataDir: string): Promise<{ index: IndexDb; seeded: boolean }> {
  const index = memoryIndex();
  const path = join(dataDir, INDEX_FILE);
  try {
    if ((await sizeOf(path)) === null) return { index, seeded: false };
    if ((await sizeOf(`${path}-wal`)) !== null) return { index, seeded: seedFrom(path, index) };
    const seeded = await whileNobodyHolds(dataDir, async () => {
      const present = new Set<string>();
      for (const name of INDEX_FILES) if ((await sizeOf(join(dataDir, name))) !== null) present.add(name);
      try {
        return seedFrom(path, index);
      } finally {
        for (const name of INDEX_FILES) if (!present.has(name)) await rm(join(dataDir, name), { force: true });
      }
    });
    return { index, seeded: seeded ?? false };
  } catch {
    // An index that cannot be read is only a slower start here: the rows come from the files.
    index.close();
    return { index: memoryIndex(), seeded: false };
  }
}
