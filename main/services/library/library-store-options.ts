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
