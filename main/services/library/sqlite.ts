import Database from 'better-sqlite3';

/**
 * The one module that talks to the SQLite binding (better-sqlite3). Everything
 * else uses these small interfaces, so Node's own `node:sqlite` (present in
 * Electron's Node) could replace the binding here without touching callers:
 * positional parameters only, rows as plain objects, transactions as
 * BEGIN IMMEDIATE … COMMIT.
 */

/** A value bound to a statement's `?` or read from a column. */
export type SqlValue = string | number | bigint | Uint8Array | null;

/** A prepared statement. Rows come back as plain objects, unchecked: callers check what they read. */
export interface SqlStatement {
  run(...params: SqlValue[]): { changes: number };
  get(...params: SqlValue[]): unknown;
  all(...params: SqlValue[]): unknown[];
}

/** An open database connection. */
export interface SqlDatabase {
  /** Run one or more statements that take no parameters (schema, pragmas). */
  exec(sql: string): void;
  /** Prepare a statement; prepared statements are cached by their text. */
  prepare(sql: string): SqlStatement;
  /** Run `work` in a write transaction (BEGIN IMMEDIATE): committed when it returns, rolled back when it throws. */
  transaction<T>(work: () => T): T;
  /** Whether a transaction is open on this connection. */
  readonly inTransaction: boolean;
  close(): void;
}

/** How to open a database. */
export interface SqlOpenOptions {
  readOnly?: boolean;
  /** Fail instead of creating the file. @default false */
  mustExist?: boolean;
  /** How long a statement waits for another connection's lock before failing with SQLITE_BUSY. @default 0 */
  busyTimeoutMs?: number;
}

class BoundDatabase implements SqlDatabase {
  readonly #db: Database;
  readonly #statements = new Map<string, SqlStatement>();

  constructor(db: Database) {
    this.#db = db;
  }

  exec(sql: string): void {
    this.#db.exec(sql);
  }

  prepare(sql: string): SqlStatement {
    let statement = this.#statements.get(sql);
    if (!statement) {
      const prepared = this.#db.prepare(sql);
      statement = {
        run: (...params) => ({ changes: prepared.run(...params).changes }),
        get: (...params) => prepared.get(...params),
        all: (...params) => prepared.all(...params),
      };
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  transaction<T>(work: () => T): T {
    this.#db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      if (this.#db.inTransaction) this.#db.exec('ROLLBACK');
      throw error;
    }
  }

  get inTransaction(): boolean {
    return this.#db.inTransaction;
  }

  close(): void {
    this.#statements.clear();
    if (this.#db.open) this.#db.close();
  }
}

/** Open (or create) the SQLite database at `path`; ':memory:' for a private in-memory one. */
export function openSqlite(path: string, options: SqlOpenOptions = {}): SqlDatabase {
  const db = new Database(path, {
    readonly: options.readOnly ?? false,
    fileMustExist: options.mustExist ?? false,
    timeout: options.busyTimeoutMs ?? 0,
  });
  return new BoundDatabase(db);
}

/** The SQLite result code of an error thrown by the binding ('SQLITE_CORRUPT', 'SQLITE_BUSY'…), or null for any other error. */
export function sqliteErrorCode(error: unknown): string | null {
  if (!(error instanceof Error) || !('code' in error)) return null;
  const { code } = error;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/** Whether an error says the database file is damaged or not a database at all. */
export function isDamagedDatabaseError(error: unknown): boolean {
  const code = sqliteErrorCode(error) ?? '';
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_IOERR_SHORT_READ');
}

/** Whether an error says another connection holds a lock the statement needed. */
export function isBusyError(error: unknown): boolean {
  const code = sqliteErrorCode(error) ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** The SQLite library's version, e.g. '3.53.2'. */
export function sqliteVersion(): string {
  const db = new Database(':memory:');
  try {
    const row: unknown = db.prepare('SELECT sqlite_version() AS version').get();
    return row !== null && typeof row === 'object' && 'version' in row && typeof row.version === 'string' ? row.version : 'unknown';
  } finally {
    db.close();
  }
}
