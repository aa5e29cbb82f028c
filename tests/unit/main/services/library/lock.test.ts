import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LibraryLock, LOCK_OWNER_FILE } from '../../../../../main/services/library/lock';
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

const lockedMessage = (pid: number) =>
  `This library is open in another Briefdesk (process ${pid}). Close it there, or choose another library folder.`;

describe('single-writer lock', () => {
  it('refuses a second open of the same library in this process', async () => {
    const dir = await fixture.tempDir();
    await fixture.open(dir);
    await expect(fixture.open(dir)).rejects.toMatchObject({ code: 'locked', message: lockedMessage(process.pid) });
  });

  it('refuses a library another process holds, and opens it the moment that process is killed', async () => {
    const dir = await fixture.tempDir();
    const child = await childHoldingLock(dir);
    await expect(fixture.open(dir)).rejects.toMatchObject({ code: 'locked', message: lockedMessage(child.pid) });

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
    await expect(fixture.open(other)).rejects.toMatchObject({ code: 'locked', message: lockedMessage(process.ppid) });
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

  it('releases the lock on close so the library can be opened again', async () => {
    const dir = await fixture.tempDir();
    await fixture.close(await fixture.open(dir));
    await fixture.open(dir);
  });
});
