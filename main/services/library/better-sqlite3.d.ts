// The part of better-sqlite3's API that main/services/library/sqlite.ts uses
// (the package ships no types, and only that module imports it).
declare module 'better-sqlite3' {
  type BindValue = string | number | bigint | Uint8Array | null;

  interface Statement {
    run(...params: BindValue[]): { changes: number; lastInsertRowid: number | bigint };
    get(...params: BindValue[]): unknown;
    all(...params: BindValue[]): unknown[];
  }

  interface Options {
    readonly?: boolean;
    fileMustExist?: boolean;
    /** Busy timeout in milliseconds. */
    timeout?: number;
  }

  class Database {
    constructor(filename: string, options?: Options);
    readonly open: boolean;
    readonly inTransaction: boolean;
    prepare(source: string): Statement;
    exec(source: string): this;
    close(): this;
  }

  export default Database;
}
