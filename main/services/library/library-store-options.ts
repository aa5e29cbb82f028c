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
   * When the index is checked against the brief files (damaged files set
   * aside, files changed behind its back read again, a lost index.db rebuilt):
   * 'wait' (default) before open resolves, as a command needs; 'background'
   * from the start while the library is already usable (the app: the list
   * shows what the index has, with the progress); 'later' only when
   * `startIndexSync` is called (a shell that wants its page served first).
   * Writes check each brief's file in any case.
   */
  indexSync?: 'wait' | 'background' | 'later';
  /**
   * How long a lock held by another process is waited for before the library
   * is reported open elsewhere (default two seconds: a process killed a moment
   * ago may not have been torn down yet). Tests that expect a refusal shorten it.
   */
  lockPatienceMs?: number;
  /** Called once the library's lock is held (or at once, read-only), before its index is read: a shell can say it is up. */
  onLocked?: () => void;
  /**
   * Run once the lock is held, before library.json is read (and, if it is of
   * an older format, migrated): the opener's backup (see openLibrary). What it
   * returns becomes `notice`.
   */
  beforeLoad?: (dataDir: string, now: Date) => Promise<string | null>;
  /**
   * The script of the threads that read brief files for a rebuild of the
   * index (index-worker.ts as bundled); default: the bundle's own, if there
   * is one beside the code (see bundledReaderScript); null: read them on
   * the main thread.
   */
  readerScript?: URL | null;
}
