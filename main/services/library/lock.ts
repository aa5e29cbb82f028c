import { randomBytes } from 'node:crypto';
import { link, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { BriefdeskError } from '../../../shared/model/errors';
import { errorCode, ioError } from './io-error';

/** The lock file's name inside the data dir. */
export const LOCK_FILE = '.lock';

/** A lock file that cannot be parsed and is younger than this may still be being written. */
const UNREADABLE_GRACE_MS = 5_000;

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

async function readOwner(path: string): Promise<LockOwner | 'missing' | 'unreadable'> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return 'missing';
    throw ioError('read', path, error);
  }
  try {
    const parsed = LockOwner.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : 'unreadable';
  } catch {
    return 'unreadable';
  }
}

function lockedBy(owner: LockOwner): BriefdeskError {
  const where = owner.hostname === hostname() ? '' : ` on ${owner.hostname}`;
  return new BriefdeskError(
    'locked',
    `This library is open in another Briefdesk${where} (process ${owner.pid}). Close it there, or choose another library folder.`,
  );
}

/** Throws 'locked' unless the existing lock at `path` is stale and may be taken over. */
async function checkExistingLock(path: string): Promise<void> {
  const owner = await readOwner(path);
  if (owner === 'missing') return;
  if (owner === 'unreadable') {
    const age = Date.now() - (await stat(path)).mtimeMs;
    if (age < UNREADABLE_GRACE_MS) {
      throw new BriefdeskError('locked', 'This library is being opened by another Briefdesk. Try again in a moment.');
    }
    return;
  }
  // A lock from another machine (a shared or synced folder) cannot be checked, so it is respected.
  if (owner.hostname !== hostname() || isProcessAlive(owner.pid)) throw lockedBy(owner);
}

/**
 * Create the lock file with its content in one step, failing with EEXIST
 * when it exists: the owner is written to a temp file, which is then
 * hard-linked to the lock's name, so a process killed midway never leaves an
 * empty lock behind (one that would look like an open in progress). Where
 * the file system has no hard links, the lock is created and then written.
 */
async function createLockFile(path: string, text: string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(temp, text, { flag: 'wx' });
  try {
    await link(temp, path);
  } catch (error) {
    if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) throw error;
    await writeFile(path, text, { flag: 'wx' });
  } finally {
    await rm(temp, { force: true });
  }
}

/** The single-writer lock of a data dir, held by this process. */
export class LibraryLock {
  readonly path: string;
  readonly #owner: LockOwner;

  private constructor(path: string, owner: LockOwner) {
    this.path = path;
    this.#owner = owner;
  }

  /**
   * Take the lock at `<dir>/.lock`. Throws BriefdeskError('locked') when a
   * live process on this machine (or any process on another machine) holds
   * it; a lock left by a process that has died is taken over.
   */
  static async acquire(dir: string): Promise<LibraryLock> {
    const path = join(dir, LOCK_FILE);
    const owner: LockOwner = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        await createLockFile(path, JSON.stringify(owner));
        return new LibraryLock(path, owner);
      } catch (error) {
        if (errorCode(error) !== 'EEXIST') throw ioError('write', path, error);
      }
      await checkExistingLock(path);
      await rm(path, { force: true });
    }
    throw new BriefdeskError('locked', 'This library is being opened by another Briefdesk. Try again in a moment.');
  }

  /** Remove the lock file, if it is still this lock. */
  async release(): Promise<void> {
    const current = await readOwner(this.path);
    if (typeof current === 'string') return;
    if (current.pid !== this.#owner.pid || current.startedAt !== this.#owner.startedAt) return;
    await rm(this.path, { force: true });
  }
}
