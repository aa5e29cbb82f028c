import { readdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { RestoredBackup, LibrarySwitched } from '../../shared/model/library-backup';
import { BriefdeskError } from '../../shared/model/errors';
import { fileTime } from '../services/backup/backup-format';
import { restoreBackup } from '../services/backup/restore-backup';
import { syncDirectory } from '../services/library/durable-write';
import { errorCode, ioError } from '../services/library/io-error';
import type { LibraryStore } from '../services/library/library-store';

/** Opens the library in a folder (the shell's way: read-only when a newer Briefdesk wrote it…). */
export type OpenLibrary = (dataDir: string) => Promise<LibraryStore>;

async function exists(path: string): Promise<boolean> {
  try {
    await readdir(path);
    return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    return true;
  }
}

/** `base`, or `base-2`, `base-3`… — the first that does not exist. */
async function freePath(base: string): Promise<string> {
  for (let n = 1; ; n += 1) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!(await exists(candidate))) return candidate;
  }
}

/**
 * The library a shell serves, which a restore can replace. Restoring writes
 * the backup into a NEW folder beside the library (`<name>-restored-<time>`);
 * nothing changes until the analyst switches. Switching closes the open
 * store (pending writes finish, the lock is released), renames the library
 * folder to `<name>-before-restore-<time>`, renames the restored folder to
 * the library's path and opens it there — so the data dir, menus and asset
 * URLs stay the same. Any failure puts the folders back and reopens the
 * library that was open. Handlers reach the store through `current`.
 */
export class LibraryHolder {
  readonly dataDir: string;
  readonly #open: OpenLibrary;
  readonly #now: () => Date;
  #current: LibraryStore;
  /** Restored folders waiting for a switch, by restore id. */
  readonly #restored = new Map<string, string>();
  #switching = false;

  constructor(store: LibraryStore, open: OpenLibrary, now: () => Date = () => new Date()) {
    this.dataDir = store.dataDir;
    this.#current = store;
    this.#open = open;
    this.#now = now;
  }

  /** The store of the library open now. */
  get current(): LibraryStore {
    return this.#current;
  }

  /** Check a backup and restore it into a new folder beside the library; the library itself is untouched. */
  async restore(bytes: Uint8Array, fileName: string): Promise<RestoredBackup> {
    const into = await freePath(join(dirname(this.dataDir), `${basename(this.dataDir)}-restored-${fileTime(this.#now())}`));
    const restored = await restoreBackup(bytes, fileName, into);
    const restoreId = basename(restored.dataDir);
    this.#restored.set(restoreId, restored.dataDir);
    return {
      restoreId,
      dataDir: restored.dataDir,
      createdAt: restored.manifest.createdAt,
      appVersion: restored.manifest.appVersion,
      counts: restored.counts,
    };
  }

  /** Make a restored library the library (see the class comment). Throws 'not_found' for an unknown restore. */
  async switchTo(restoreId: string): Promise<LibrarySwitched> {
    const restoredDir = this.#restored.get(restoreId);
    if (restoredDir === undefined) {
      throw new BriefdeskError('not_found', 'That restored library is not known any more. Restore the backup again.');
    }
    if (this.#switching) throw new BriefdeskError('conflict', 'The library is already being switched.');
    this.#switching = true;
    try {
      const previousDir = await freePath(`${this.dataDir}-before-restore-${fileTime(this.#now())}`);
      await this.#current.close();
      await this.#swap(restoredDir, previousDir);
      this.#restored.delete(restoreId);
      return { dataDir: this.dataDir, previousDir };
    } finally {
      this.#switching = false;
    }
  }

  /** Close the library open now. */
  async close(): Promise<void> {
    await this.#current.close();
  }

  async #swap(restoredDir: string, previousDir: string): Promise<void> {
    const parent = dirname(this.dataDir);
    let moved = 0;
    try {
      await rename(this.dataDir, previousDir);
      moved = 1;
      await rename(restoredDir, this.dataDir);
      moved = 2;
      await syncDirectory(parent);
      this.#current = await this.#open(this.dataDir);
    } catch (error) {
      // Put everything back and reopen the library that was open.
      if (moved === 2) await rename(this.dataDir, restoredDir).catch(() => undefined);
      if (moved >= 1) await rename(previousDir, this.dataDir).catch(() => undefined);
      this.#current = await this.#open(this.dataDir);
      throw error instanceof BriefdeskError ? error : ioError('move', this.dataDir, error);
    }
  }
}
