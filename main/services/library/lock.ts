import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { BriefdeskError } from '../../../shared/model/errors';
import { errorCode, errorMessage, ioError } from './io-error';
import { isBusyError, openSqlite, type SqlDatabase, sqliteErrorCode } from './sqlite';

/** The lock file's name inside the data dir: an empty SQLite database the holder keeps a write lock on. */
export const LOCK_FILE = '.lock';
/** Who holds the lock (pid, host, since when): only for the message another Briefdesk shows. */
export const LOCK_OWNER_FILE = '.lock-owner';
/** The lock's files, which backups leave out. */
export const LOCK_FILES: readonly string[] = [LOCK_FILE, LOCK_OWNER_FILE, `${LOCK_FILE}-journal`];

/**
 * How long a lock held by another process is waited for before the library
 * is reported open elsewhere: a process killed a moment ago may not have
 * been torn down yet, and the system releases its lock only then.
 */
const ACQUIRE_PATIENCE_MS = 2_000;
const RETRY_EVERY_MS = 25;

const LockOwner = z.object({ pid: z.number().int().positive(), hostname: z.string(), startedAt: z.string() });
type LockOwner = z.infer<typeof LockOwner>;

/** Whether a process with this id is running on this machine. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return errorCode(error) === 'EPERM';
  }
}

/** The JSON of a file, parsed as a lock owner; null when missing or not one. */
async function readOwner(path: string): Promise<LockOwner | null> {
  try {
    const parsed = LockOwner.safeParse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function lockedBy(owner: LockOwner | null): BriefdeskError {
  if (owner === null) {
    return new BriefdeskError('locked', 'This library is open in another Briefdesk. Close it there, or choose another library folder.');
  }
  const where = owner.hostname === hostname() ? '' : ` on ${owner.hostname}`;
  return new BriefdeskError(
    'locked',
    `This library is open in another Briefdesk${where} (process ${owner.pid}). Close it there, or choose another library folder.`,
  );
}

/**
 * A `.lock` left by an older Briefdesk is a JSON file naming its process, not
 * a database. It is replaced with an empty lock database unless the process
 * it names still runs here (that Briefdesk still has the library open).
 */
async function replaceOlderLock(path: string): Promise<void> {
  const owner = await readOwner(path);
  if (owner !== null && owner.hostname === hostname() && isProcessAlive(owner.pid)) throw lockedBy(owner);
  const temp = join(path, '..', `${LOCK_FILE}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, '');
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw ioError('write', path, error);
  }
}

/** Try once to take the write lock; the connection when held, null when another process holds it. */
function tryLock(path: string, mustExist = false): SqlDatabase | null {
  const db = openSqlite(path, { mustExist });
  try {
    // No journal file: nothing is ever written to the lock database.
    db.exec('PRAGMA journal_mode = MEMORY');
    db.exec('BEGIN IMMEDIATE');
    return db;
  } catch (error) {
    db.close();
    if (isBusyError(error)) return null;
    throw error;
  }
}

/**
 * Runs `work` holding the lock of `dir` throughout, when no process holds it
 * now — without waiting, without creating the lock file and without an
 * owner note, so nothing in the folder changes. Resolves with null, `work`
 * not run, when another Briefdesk holds the lock or there is no lock to
 * take. A library opened read-only uses it to read index.db while no
 * Briefdesk can open that meanwhile.
 */
export async function whileNobodyHolds<T>(dir: string, work: () => Promise<T>): Promise<T | null> {
  let db: SqlDatabase | null;
  try {
    db = tryLock(join(dir, LOCK_FILE), true);
  } catch {
    return null;
  }
  if (db === null) return null;
  try {
    return await work();
  } finally {
    db.close();
  }
}

/**
 * The single-writer lock of a data dir, held by this process: a write lock
 * (SQLite's, i.e. fcntl on POSIX and LockFileEx on Windows) on `<dir>/.lock`,
 * which the system releases when the process ends however it ends — a
 * crash or a kill never leaves a lock that refuses the next start.
 */
export class LibraryLock {
  readonly path: string;
  readonly #db: SqlDatabase;
  readonly #owner: LockOwner;

  private constructor(path: string, db: SqlDatabase, owner: LockOwner) {
    this.path = path;
    this.#db = db;
    this.#owner = owner;
  }

  /**
   * Take the lock at `<dir>/.lock`, waiting up to `patienceMs` (two seconds
   * unless told) for a process that is going away. Throws BriefdeskError('locked') naming the holder
   * when another running Briefdesk has the library open.
   */
  static async acquire(dir: string, patienceMs: number = ACQUIRE_PATIENCE_MS): Promise<LibraryLock> {
    const path = join(dir, LOCK_FILE);
    const ownerPath = join(dir, LOCK_OWNER_FILE);
    const deadline = Date.now() + patienceMs;
    let replaced = false;
    for (;;) {
      let db: SqlDatabase | null;
      try {
        db = tryLock(path);
      } catch (error) {
        if (sqliteErrorCode(error) !== 'SQLITE_NOTADB' || replaced) {
          throw new BriefdeskError('io', `Could not lock the library (${path}): ${errorMessage(error)}`, { cause: error });
        }
        await replaceOlderLock(path);
        replaced = true;
        continue;
      }
      if (db !== null) {
        const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
        // Only what another Briefdesk says when refused: it need not survive a power cut.
        await writeFile(ownerPath, JSON.stringify(owner)).catch(() => undefined);
        return new LibraryLock(path, db, owner);
      }
      if (Date.now() >= deadline) throw lockedBy(await readOwner(ownerPath));
      await sleep(RETRY_EVERY_MS);
    }
  }

  /** Release the lock (and remove the owner note, if it is still this lock's). */
  async release(): Promise<void> {
    const ownerPath = join(this.path, '..', LOCK_OWNER_FILE);
    const current = await readOwner(ownerPath);
    if (current?.pid === this.#owner.pid && current.startedAt === this.#owner.startedAt) {
      await rm(ownerPath, { force: true }).catch(() => undefined);
    }
    this.#db.close();
  }
}
