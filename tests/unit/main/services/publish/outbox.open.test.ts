import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Outbox, type StoredJob } from '../../../../../main/services/publish/outbox';
import { blankBriefContent } from '../../../../../shared/model/brief';
import type { JobState } from '../../../../../shared/publish/outbox-job';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const CREATED = '2026-02-02T08:00:00.000Z';
const REOPENED = new Date('2026-02-02T09:30:00.000Z');

function job(id: string, state: JobState): StoredJob {
  return {
    id,
    briefId: 'brief-0001',
    headline: `Brief of ${id}`,
    targetId: 'site',
    status: 'publish',
    at: null,
    revisionId: '20260202T080000000Z-publish-abc123',
    briefRevision: 1,
    overwrite: false,
    state,
    attempts: state === 'queued' ? 0 : 1,
    nextAttemptAt: state === 'queued' ? CREATED : null,
    lastError: state === 'failed' ? 'The site refused the password.' : null,
    remote: null,
    createdAt: CREATED,
    updatedAt: CREATED,
    content: { ...blankBriefContent(), headline: `Brief of ${id}` },
    briefUpdatedAt: CREATED,
  };
}

/** A library folder whose outbox holds one job in each state. */
async function outboxWithEveryState(): Promise<string> {
  const dir = await fixture.tempDir();
  const outbox = await Outbox.open(dir);
  for (const state of ['queued', 'running', 'needs_decision', 'failed'] as const)
    await outbox.add(job(`job-${state.replace('_', '')}`, state));
  return dir;
}

describe('outbox.json', () => {
  it('opened on its own it can be written, and every change is on disk once it resolves', async () => {
    const dir = await fixture.tempDir();
    const outbox = await Outbox.open(dir);
    await outbox.add(job('job-first1', 'queued'));
    await outbox.add(job('job-second', 'queued'));
    await outbox.update('job-first1', { attempts: 3, lastError: 'The site did not answer.' });
    await outbox.remove('job-second');
    await outbox.remove('job-second'); // already gone: nothing to do
    const reopened = await Outbox.open(dir);
    expect(reopened.jobs().map(({ id, attempts, lastError }) => ({ id, attempts, lastError }))).toEqual([
      { id: 'job-first1', attempts: 3, lastError: 'The site did not answer.' },
    ]);
  });

  it('says a job is gone when it is no longer there', async () => {
    const outbox = await Outbox.open(await fixture.tempDir());
    const gone = { code: 'not_found', message: 'That publish is no longer in the outbox.' };
    expect(() => outbox.get('job-missing')).toThrow(expect.objectContaining(gone));
    await expect(outbox.update('job-missing', { attempts: 1 })).rejects.toMatchObject(gone);
  });

  it('a job left running by a stopped process is due again at once; the others keep their state', async () => {
    const dir = await outboxWithEveryState();
    const outbox = await Outbox.open(dir, { now: () => REOPENED });
    const at = REOPENED.toISOString();
    expect(outbox.jobs().map(({ id, state, nextAttemptAt, updatedAt }) => ({ id, state, nextAttemptAt, updatedAt }))).toEqual([
      { id: 'job-queued', state: 'queued', nextAttemptAt: CREATED, updatedAt: CREATED },
      { id: 'job-running', state: 'queued', nextAttemptAt: at, updatedAt: at },
      { id: 'job-needsdecision', state: 'needs_decision', nextAttemptAt: null, updatedAt: CREATED },
      { id: 'job-failed', state: 'failed', nextAttemptAt: null, updatedAt: CREATED },
    ]);
    expect((await Outbox.open(dir)).get('job-running').state).toBe('queued');
  });

  it('opened read-only it changes nothing, not even a job left running', async () => {
    const dir = await outboxWithEveryState();
    const before = await readFile(join(dir, 'outbox.json'), 'utf8');
    const outbox = await Outbox.open(dir, { readOnly: true, now: () => REOPENED });
    expect(outbox.get('job-running').state).toBe('running');
    expect(await readFile(join(dir, 'outbox.json'), 'utf8')).toBe(before);
  });

  it('opening rewrites nothing when no job was left running, and makes no file when there is none', async () => {
    const empty = await fixture.tempDir();
    await Outbox.open(empty);
    expect(await readdir(empty)).toEqual([]);

    const dir = await fixture.tempDir();
    await (await Outbox.open(dir)).add(job('job-waiting', 'queued'));
    const path = join(dir, 'outbox.json');
    const before = await stat(path);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await Outbox.open(dir, { now: () => REOPENED });
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
    expect((await stat(path)).ino).toBe(before.ino);
  });

  it('opened on its own, a damaged outbox.json is set aside in quarantine and the outbox starts empty; read-only, it is left where it is', async () => {
    const dir = await fixture.tempDir();
    await writeFile(join(dir, 'outbox.json'), '{"schemaVersion": 1, "items": [');
    expect((await Outbox.open(dir, { readOnly: true })).jobs()).toEqual([]);
    expect(await readdir(dir)).toEqual(['outbox.json']);

    const outbox = await Outbox.open(dir, { now: () => REOPENED });
    expect(outbox.jobs()).toEqual([]);
    expect(await readdir(join(dir, 'quarantine'))).toEqual(['outbox.2026-02-02T09-30-00-000Z.json']);
    await outbox.add(job('job-after1', 'queued'));
    expect((await Outbox.open(dir)).jobs().map((item) => item.id)).toEqual(['job-after1']);
  });
});
