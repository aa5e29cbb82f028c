import { readdir, rm, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import type { AutoBackupSettings, AutoBackupStatus } from '../../../shared/model/library-backup';
import { BriefdeskError } from '../../../shared/model/errors';
import { errorCode, errorMessage } from '../library/io-error';
import type { LibraryStore } from '../library/library-store';
import { fileTime } from './backup-format';
import { SettingsFile } from './settings-file';
import { writeNewFile } from './write-new-file';
import { backupLibrary } from './write-backup';

/** A day: an automatic backup is due when the last one is at least this old. */
export const AUTO_BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Options of the automatic backups. */
export interface AutoBackupOptions {
  appVersion: string;
  now?: () => Date;
}

/** `<library folder name>-auto-<time>.zip`: names this library's automatic backups, sorting by time. */
function autoPrefix(dataDir: string): string {
  return `${basename(dataDir)}-auto-`;
}

/**
 * Daily backups of one open library into a folder the analyst chose, keeping
 * the newest N (older ones of this library, by name, are deleted). The
 * settings live in the library's settings.json. `runIfDue` is called when
 * the library opens and then regularly by the shell; it never throws — a
 * failure is kept and shown with the settings, and tried again next time.
 */
export class AutoBackups {
  readonly #store: LibraryStore;
  readonly #options: AutoBackupOptions;
  readonly #settings: SettingsFile;
  #loaded: Promise<void> | null = null;
  #chain: Promise<unknown> = Promise.resolve();
  #lastError: string | null = null;

  constructor(store: LibraryStore, options: AutoBackupOptions) {
    this.#store = store;
    this.#options = options;
    this.#settings = new SettingsFile(store.dataDir);
  }

  /** The settings and how the last backup went. */
  async status(): Promise<AutoBackupStatus> {
    await this.#load();
    return { ...this.#settings.autoBackup, lastError: this.#lastError };
  }

  /**
   * Set the folder (null: off) and how many to keep, then back up at once if
   * one is due. Throws 'invalid_input' for a folder that is not an existing
   * folder outside the library.
   */
  async configure(settings: AutoBackupSettings): Promise<AutoBackupStatus> {
    if (this.#store.readOnly) throw new BriefdeskError('io', 'This library was opened read-only, so its settings cannot be changed.');
    const folder = settings.folder === null ? null : await this.#checkFolder(settings.folder);
    await this.#serial(async () => {
      await this.#load();
      const previous = this.#settings.autoBackup;
      const lastBackupAt = folder === previous.folder ? previous.lastBackupAt : null;
      await this.#settings.setAutoBackup({ folder, keep: settings.keep, lastBackupAt });
      this.#lastError = null;
    });
    await this.runIfDue();
    return this.status();
  }

  /** Back up now if automatic backups are on and the last one is a day old (or there is none); then prune. */
  async runIfDue(): Promise<void> {
    if (this.#store.readOnly) return;
    await this.#serial(async () => {
      await this.#load();
      const { folder, keep, lastBackupAt } = this.#settings.autoBackup;
      const now = this.#now();
      if (folder === null) return;
      if (lastBackupAt !== null && now.getTime() - Date.parse(lastBackupAt) < AUTO_BACKUP_INTERVAL_MS) return;
      try {
        const archive = await backupLibrary(this.#store, { appVersion: this.#options.appVersion, now: () => now });
        await writeNewFile(join(folder, `${autoPrefix(this.#store.dataDir)}${fileTime(now)}.zip`), archive.bytes);
        await this.#settings.setAutoBackup({ folder, keep, lastBackupAt: now.toISOString() });
        this.#lastError = null;
        await this.#prune(folder, keep);
      } catch (error) {
        this.#lastError = `The automatic backup to ${folder} failed: ${errorMessage(error)}`;
      }
    });
  }

  /** Delete this library's automatic backups beyond the newest `keep`. */
  async #prune(folder: string, keep: number): Promise<void> {
    const prefix = autoPrefix(this.#store.dataDir);
    const ours = (await readdir(folder)).filter((name) => name.startsWith(prefix) && name.endsWith('.zip')).sort();
    for (const name of ours.slice(0, Math.max(0, ours.length - keep))) await rm(join(folder, name), { force: true });
  }

  async #checkFolder(folder: string): Promise<string> {
    const path = resolve(folder.trim());
    if (!isAbsolute(folder.trim())) throw new BriefdeskError('invalid_input', `“${folder}” is not a full folder path.`);
    const info = await stat(path).catch((error: unknown) => {
      if (errorCode(error) === 'ENOENT') throw new BriefdeskError('invalid_input', `There is no folder ${path}.`);
      throw new BriefdeskError('invalid_input', `The folder ${path} cannot be used: ${errorMessage(error)}`);
    });
    if (!info.isDirectory()) throw new BriefdeskError('invalid_input', `${path} is a file, not a folder.`);
    const inside = relative(this.#store.dataDir, path);
    if (inside === '' || (!inside.startsWith('..') && !isAbsolute(inside))) {
      throw new BriefdeskError('invalid_input', 'Choose a folder outside the library: a backup inside it is lost with it.');
    }
    return path;
  }

  #load(): Promise<void> {
    this.#loaded ??= this.#settings.load({ readOnly: this.#store.readOnly, now: this.#now() });
    return this.#loaded;
  }

  #serial<T>(task: () => Promise<T>): Promise<T> {
    const result = this.#chain.then(task);
    this.#chain = result.catch(() => undefined);
    return result;
  }

  #now(): Date {
    return (this.#options.now ?? (() => new Date()))();
  }
}

const perStore = new WeakMap<LibraryStore, AutoBackups>();

/** The automatic backups of an open library (one per store). */
export function autoBackupsOf(store: LibraryStore, options: AutoBackupOptions): AutoBackups {
  let auto = perStore.get(store);
  if (!auto) {
    auto = new AutoBackups(store, options);
    perStore.set(store, auto);
  }
  return auto;
}

/** How often the shells check whether a backup is due: hourly. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Run the automatic backups of whatever library is open: now, then every
 * hour (the timer does not keep the process alive). Returns a stop function.
 */
export function startAutoBackups(current: () => LibraryStore, options: AutoBackupOptions): () => void {
  const check = (): void => {
    void autoBackupsOf(current(), options).runIfDue();
  };
  check();
  const timer = setInterval(check, CHECK_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
