import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { LibraryLock, LOCK_FILE, LOCK_FILES, LOCK_OWNER_FILE, whileNobodyHolds } from '../../../../../main/services/library/lock';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

/**
 * A `node -e` child that takes the library's lock the way Briefdesk does — a
 * write lock on .lock through SQLite, its pid in .lock-owner — and holds it
 * until it is killed.
 */
async function childHoldingLock(dir: string): Promise<ChildProcess & { pid: number }> {
  const script = `
    const Database = require('better-sqlite3'); const fs = require('node:fs'); const os = require('node:os'); const path = require('node:path');
    const db = new Database(path.join(process.argv[1], '.lock'));
    db.exec('PRAGMA journal_mode = MEMORY'); db.exec('BEGIN IMMEDIATE');
    fs.writeFileSync(path.join(process.argv[1], '.lock-owner'), JSON.stringify({ pid: process.pid, hostname: os.hostname(), startedAt: new Date().toISOString() }));
    process.stdout.write('ready\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['-e', script, dir], { stdio: ['ignore', 'pipe', 'inherit'], cwd: process.cwd() });
  children.push(child);
  await once(child.stdout ?? child, 'data');
  const { pid } = child;
  if (pid === undefined) throw new Error('no pid');
  return Object.assign(child, { pid });
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

/** Tests that expect a refusal wait a moment, not the two seconds a going-away process is given. */
const BRIEF_PATIENCE = { lockPatienceMs: 100 };

const lockedMessage = (pid: number) =>
  `This library is open in another Briefdesk (process ${pid}). Close it there, or choose another library folder.`;

describe('single-writer lock', () => {
  it('refuses a second open of the same library in this process', async () => {
    const dir = await fixture.tempDir();
    await fixture.open(dir);
    await expect(fixture.open(dir, BRIEF_PATIENCE)).rejects.toMatchObject({ code: 'locked', message: lockedMessage(process.pid) });
  });

  it('refuses a library another process holds, and opens it the moment that process is killed', async () => {
    const dir = await fixture.tempDir();
    const child = await childHoldingLock(dir);
    await expect(fixture.open(dir, BRIEF_PATIENCE)).rejects.toMatchObject({ code: 'locked', message: lockedMessage(child.pid) });

    // No waiting for the exit: the system releases the lock as the process goes.
    child.kill('SIGKILL');
    const store = await fixture.open(dir);
    expect(JSON.parse(await readFile(join(dir, LOCK_OWNER_FILE), 'utf8'))).toMatchObject({ pid: process.pid, hostname: hostname() });
    expect(store.list().briefs).toEqual([]);
  });

  it('opens at once after a kill, again and again', async () => {
    const dir = await fixture.tempDir();
    for (let round = 0; round < 5; round += 1) {
      const child = await childHoldingLock(dir);
      child.kill('SIGKILL');
      const lock = await LibraryLock.acquire(dir);
      await lock.release();
    }
  });

  it('replaces a lock file left by an older Briefdesk whose process is gone, and respects one whose process runs', async () => {
    const dir = await fixture.tempDir();
    const dead = await deadPid();
    await writeFile(join(dir, '.lock'), JSON.stringify({ pid: dead, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z' }));
    await fixture.close(await fixture.open(dir));

    const other = await fixture.tempDir();
    await writeFile(
      join(other, '.lock'),
      JSON.stringify({ pid: process.ppid, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z' }),
    );
    await expect(fixture.open(other, BRIEF_PATIENCE)).rejects.toMatchObject({ code: 'locked', message: lockedMessage(process.ppid) });
  });

  it('opens read-only while another process holds the lock', async () => {
    const dir = await fixture.tempDir();
    const writer = await fixture.open(dir);
    const brief = await writer.create();
    await writer.flush();
    const ownerBefore = await readFile(join(dir, LOCK_OWNER_FILE), 'utf8');

    const reader = await fixture.open(dir, { readOnly: true });
    expect(reader.list().briefs.map((row) => row.id)).toEqual([brief.id]);
    await fixture.close(reader);
    expect(await readFile(join(dir, LOCK_OWNER_FILE), 'utf8')).toBe(ownerBefore);
  });

  it('names every file a held lock leaves in the folder, so that backups can leave them out', async () => {
    const dir = await fixture.tempDir();
    const lock = await LibraryLock.acquire(dir);
    const files = await readdir(dir);
    expect(files.sort()).toEqual([LOCK_FILE, LOCK_OWNER_FILE].sort());
    expect(files.filter((name) => !LOCK_FILES.includes(name))).toEqual([]);
    await lock.release();
  });

  it('releases the lock on close so the library can be opened again', async () => {
    const dir = await fixture.tempDir();
    await fixture.close(await fixture.open(dir));
    await fixture.open(dir);
  });

  it('says who holds the library as far as it knows: no process when the note is unreadable, the computer when it is another', async () => {
    const dir = await fixture.tempDir();
    await childHoldingLock(dir);
    await writeFile(join(dir, LOCK_OWNER_FILE), 'not a note');
    await expect(LibraryLock.acquire(dir, BRIEF_PATIENCE.lockPatienceMs)).rejects.toMatchObject({
      code: 'locked',
      message: 'This library is open in another Briefdesk. Close it there, or choose another library folder.',
    });
    await writeFile(
      join(dir, LOCK_OWNER_FILE),
      JSON.stringify({ pid: 4242, hostname: 'desk-laptop', startedAt: '2025-01-01T00:00:00.000Z' }),
    );
    await expect(LibraryLock.acquire(dir, BRIEF_PATIENCE.lockPatienceMs)).rejects.toMatchObject({
      code: 'locked',
      message: 'This library is open in another Briefdesk on desk-laptop (process 4242). Close it there, or choose another library folder.',
    });
  });

  it('replaces an unreadable lock file, and an older one naming a process of another computer', async () => {
    const dir = await fixture.tempDir();
    await writeFile(join(dir, LOCK_FILE), 'hello, not a database');
    await (await LibraryLock.acquire(dir)).release();

    const other = await fixture.tempDir();
    // process.pid runs here, but the note says it ran on another computer: that one cannot be asked.
    await writeFile(
      join(other, LOCK_FILE),
      JSON.stringify({ pid: process.pid, hostname: 'desk-laptop', startedAt: '2025-01-01T00:00:00.000Z' }),
    );
    await (await LibraryLock.acquire(other)).release();
    expect((await readdir(other)).sort()).toEqual([LOCK_FILE]);
  });

  it('reports a lock file it cannot open as a clear io error', async () => {
    const dir = await fixture.tempDir();
    await mkdir(join(dir, LOCK_FILE));
    await expect(LibraryLock.acquire(dir)).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining(`Could not lock the library (${join(dir, LOCK_FILE)}): `),
      cause: expect.objectContaining({ code: expect.stringMatching(/^SQLITE_/) }),
    });
  });

  it('opens when the owner note cannot be written, and on release removes only a note that is its own', async () => {
    const dir = await fixture.tempDir();
    await mkdir(join(dir, LOCK_OWNER_FILE));
    await (await LibraryLock.acquire(dir)).release();

    const other = await fixture.tempDir();
    const own = await LibraryLock.acquire(other);
    const note = JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2025-01-01T00:00:00.000Z' });
    await writeFile(join(other, LOCK_OWNER_FILE), note);
    await own.release();
    expect(await readFile(join(other, LOCK_OWNER_FILE), 'utf8')).toBe(note);

    const again = await LibraryLock.acquire(other);
    await again.release();
    expect(await readdir(other)).toEqual([LOCK_FILE]);
  });

  it('reads under the lock only when nobody holds it, and never creates the lock file to do so', async () => {
    const dir = await fixture.tempDir();
    let ran = false;
    expect(
      await whileNobodyHolds(dir, async () => {
        ran = true;
        return 1;
      }),
    ).toBeNull();
    expect(ran).toBe(false);
    expect(await readdir(dir)).toEqual([]);

    await (await LibraryLock.acquire(dir)).release();
    const held = await whileNobodyHolds(dir, async () => {
      // Meanwhile no other process can take the write lock.
      const other = new Database(join(dir, LOCK_FILE), { timeout: 0 });
      try {
        expect(() => other.exec('BEGIN IMMEDIATE')).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY' }));
      } finally {
        other.close();
      }
      return 'read';
    });
    expect(held).toBe('read');

    await childHoldingLock(dir);
    expect(await whileNobodyHolds(dir, async () => 'read')).toBeNull();
  });
});
