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
  /**
   * Check the index against the brief files in the background as soon as the
   * library is open (default true). A shell that wants its page served first
   * passes false and calls `startIndexSync` later; until then the index is
   * used as it is (writes still check each brief's file).
   */
  indexSync?: boolean;
  /** Called once the library's lock is held (or at once, read-only), before its index is read: a shell can say it is up. */
  onLocked?: () => void;
  /**
   * Run once the lock is held, before library.json is read (and, if it is of
   * an older format, migrated): the opener's backup (see openLibrary). What it
   * returns becomes `notice`.
   */
  beforeLoad?: (dataDir: string, now: Date) => Promise<string | null>;
}
