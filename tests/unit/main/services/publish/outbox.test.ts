import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKOFF_MS, backoffDelay } from '../../../../../main/services/publish/outbox';
import { OutboxRunner, type RunnerTimers } from '../../../../../main/services/publish/outbox-runner';
import { publishServiceOf } from '../../../../../main/services/publish/publish-service';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { createPublishable, manualClock, publishableContent, testEnv } from '../../../support/publish-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A library with a folder target whose folder cannot be made yet (a file stands where its parent should be). */
async function offlineFolderSetup() {
  const root = await fixture.tempDir();
  const clock = manualClock();
  const store = await fixture.open(join(root, 'library'));
  const env = testEnv(join(root, 'keys'), clock.now);
  const service = await publishServiceOf(store, env);
  const blocker = join(root, 'mount');
  await writeFile(blocker, 'not a folder yet');
  const folder = join(blocker, 'site');
  const target = await service.targets.save({ name: 'Share', kind: 'folder', folder });
  /** The folder becomes reachable. */
  const bringBack = async () => {
    await rm(blocker);
    await mkdir(blocker);
  };
  return { root, clock, store, env, service, folder, targetId: target.id, bringBack };
}

/** Timers that only record what the runner asks for. */
function fakeTimers(): { timers: FakeTimer[]; fake: RunnerTimers } {
  const timers: FakeTimer[] = [];
  const fake: RunnerTimers = {
    setTimeout: (run, ms) => {
      const timer = { run, ms, cleared: false };
      timers.push(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      const timer = timers.find((candidate) => candidate === handle);
      if (timer) timer.cleared = true;
    },
  };
  return { timers, fake };
}
interface FakeTimer {
  run: () => void;
  ms: number;
  cleared: boolean;
}

const pageOf = async (folder: string, slug: string): Promise<string> => readFile(join(folder, slug, 'index.html'), 'utf8');

describe('the outbox', () => {
  it('backs off 30 s, 1, 2, 5, 15, 30 min, then hourly', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(backoffDelay)).toEqual([...BACKOFF_MS, 3_600_000, 3_600_000]);
  });

  it('queues a publish the folder cannot take, retries on the backoff schedule, then publishes once', async () => {
    const { clock, store, service, folder, targetId, bringBack } = await offlineFolderSetup();
    const id = await createPublishable(store, 'Frost and fruit');
    const first = await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    expect(first).toMatchObject({
      state: 'queued',
      job: { state: 'queued', attempts: 1, nextAttemptAt: new Date(clock.now().getTime() + 30_000).toISOString() },
    });
    expect(first.state === 'queued' && first.job.lastError).toMatch(/mount/);

    expect(await service.runDue()).toEqual([]); // not due yet
    clock.advance(30_000);
    const [second] = await service.runDue();
    expect(second).toMatchObject({
      state: 'queued',
      job: { attempts: 2, nextAttemptAt: new Date(clock.now().getTime() + 60_000).toISOString() },
    });
    expect(service.nextDue()).toBe(clock.now().getTime() + 60_000);

    await bringBack();
    clock.advance(60_000);
    const [third] = await service.runDue();
    expect(third).toMatchObject({
      state: 'published',
      publication: { targetId, targetName: 'Share', kind: 'folder', changedSince: false },
    });
    expect(service.listOutbox()).toEqual([]);
    expect(await pageOf(folder, 'frost-and-fruit')).toContain('Frost and fruit');
    expect(await service.runDue({ all: true })).toEqual([]);
  });

  it('a queued job survives closing and reopening the library, and is durable in outbox.json', async () => {
    const { root, store, env, service, targetId, bringBack, folder } = await offlineFolderSetup();
    const id = await createPublishable(store, 'Cold storage squeeze');
    const queued = await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    expect(queued.state).toBe('queued');
    await fixture.close(store);
    const onDisk = JSON.parse(await readFile(join(root, 'library', 'outbox.json'), 'utf8')) as { items: { id: string }[] };
    expect(onDisk.items.map((job) => job.id)).toEqual(queued.state === 'queued' ? [queued.job.id] : []);

    const reopened = await fixture.open(join(root, 'library'));
    const again = await publishServiceOf(reopened, env);
    expect(again.listOutbox()).toMatchObject([{ briefId: id, state: 'queued', attempts: 1 }]);
    await bringBack();
    const [outcome] = await again.runDue({ all: true });
    expect(outcome?.state).toBe('published');
    expect(await pageOf(folder, 'cold-storage-squeeze')).toContain('Cold storage squeeze');
  });

  it('a queued job publishes the version published, not a later edit', async () => {
    const { store, service, targetId, bringBack, folder } = await offlineFolderSetup();
    const id = await createPublishable(store, 'Version at publish');
    await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    const brief = await store.get(id);
    await store.save(id, { ...publishableContent('Edited after publish', 'A sentence written later.') }, brief.revision);

    await bringBack();
    const [outcome] = await service.runDue({ all: true });
    expect(outcome).toMatchObject({ state: 'published', publication: { changedSince: true } });
    const page = await pageOf(folder, 'version-at-publish');
    expect(page).toContain('Version at publish');
    expect(page).not.toContain('Edited after publish');
    expect(page).not.toContain('A sentence written later.');
    expect(await service.listPublications(id)).toMatchObject([{ targetId, changedSince: true }]);
    const revisions = await store.revisions.list(id);
    expect(revisions.filter((revision) => revision.kind === 'publish')).toHaveLength(1);
  });

  it('retry now and cancel', async () => {
    const { store, service, targetId, bringBack } = await offlineFolderSetup();
    const first = await createPublishable(store, 'Retry me');
    const second = await createPublishable(store, 'Cancel me');
    const a = await service.publish({ id: first, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    const b = await service.publish({ id: second, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    if (a.state !== 'queued' || b.state !== 'queued') throw new Error('both should wait');
    await service.cancel(b.job.id);
    expect(service.listOutbox().map((job) => job.id)).toEqual([a.job.id]);
    await expect(service.cancel(b.job.id)).rejects.toMatchObject({ code: 'not_found' });
    await bringBack();
    expect(await service.retry(a.job.id)).toMatchObject({ state: 'published' });
    expect(service.listOutbox()).toEqual([]);
    expect(await service.listPublications(second)).toEqual([]);
  });

  it('a later publish of the same brief to the same target replaces its waiting job', async () => {
    const { store, service, targetId } = await offlineFolderSetup();
    const id = await createPublishable(store, 'Twice queued');
    await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    const brief = await store.get(id);
    await store.save(id, publishableContent('Twice queued, edited'), brief.revision);
    await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    expect(service.listOutbox()).toMatchObject([{ headline: 'Twice queued, edited' }]);
  });

  it('a publish to one target leaves the same brief’s waiting publish to another target alone', async () => {
    const { store, service, targetId, folder } = await offlineFolderSetup();
    const other = await service.targets.save({ name: 'Archive', kind: 'folder', folder: join(folder, '..', 'archive') });
    const id = await createPublishable(store, 'Two destinations');
    await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    await service.publish({ id, targetId: other.id, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    expect(
      service
        .listOutbox()
        .map((job) => job.targetId)
        .sort(),
    ).toEqual([targetId, other.id].sort());
    // Publishing again to the first replaces only that target's job.
    await service.publish({ id, targetId, status: 'draft', acknowledgeWarnings: false, overwrite: false });
    expect(service.listOutbox().map((job) => [job.targetId, job.status])).toEqual([
      [other.id, 'publish'],
      [targetId, 'draft'],
    ]);
  });

  it('a checklist error blocks, warnings need acknowledging, and nothing is queued meanwhile', async () => {
    const { store, service, targetId } = await offlineFolderSetup();
    const noStandfirst = (await store.createFrom({ ...publishableContent('Blocked'), standfirst: '' })).id;
    expect(
      await service.publish({ id: noStandfirst, targetId, status: 'publish', acknowledgeWarnings: true, overwrite: false }),
    ).toMatchObject({
      state: 'blocked',
      checklist: { errors: [{ rule: 'standfirst' }] },
    });
    const content = publishableContent('Few points');
    const fewPoints = (await store.createFrom({ ...content, body: { type: 'doc', content: (content.body.content ?? []).slice(1) } })).id;
    expect(
      await service.publish({ id: fewPoints, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false }),
    ).toMatchObject({
      state: 'blocked',
      checklist: { errors: [], warnings: [{ rule: 'takeaways' }] },
    });
    expect(service.listOutbox()).toEqual([]);
    expect((await service.publish({ id: fewPoints, targetId, status: 'publish', acknowledgeWarnings: true, overwrite: false })).state).toBe(
      'queued',
    );
  });

  it('the runner wakes on its timer and at once when the network may be back, and stops cleanly', async () => {
    const { root, store, env, service, targetId, bringBack, clock } = await offlineFolderSetup();
    const id = await createPublishable(store, 'Runner run');
    await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    const { timers, fake } = fakeTimers();
    const runner = new OutboxRunner((): LibraryStore => store, env, { timers: fake, maxSleepMs: 600_000 });
    await runner.wake(); // not started: does nothing
    expect(timers).toEqual([]);
    runner.start();
    await runner.wake();
    // The job is due in 30 s: the runner sleeps until then.
    expect(timers.at(-1)).toMatchObject({ ms: 30_000, cleared: false });
    await bringBack();
    await runner.networkMayBeBack();
    expect(service.listOutbox()).toEqual([]);
    expect(await service.listPublications(id)).toHaveLength(1);
    // Nothing waits: it sleeps the longest.
    expect(timers.at(-1)).toMatchObject({ ms: 600_000 });
    await runner.stop();
    expect(timers.at(-1)?.cleared).toBe(true);
    // Stopped, it neither sends nor sleeps again, however late it is.
    const scheduled = timers.length;
    await rm(join(root, 'mount'), { recursive: true });
    await writeFile(join(root, 'mount'), 'gone again');
    await service.publish({
      id: await createPublishable(store, 'After the stop'),
      targetId,
      status: 'publish',
      acknowledgeWarnings: false,
      overwrite: false,
    });
    clock.advance(3_600_000);
    await runner.wake();
    await runner.networkMayBeBack();
    expect(timers).toHaveLength(scheduled);
    expect(service.listOutbox()).toMatchObject([{ headline: 'After the stop', attempts: 1 }]);
  });

  it('does not spin on a job that is overdue but being sent meanwhile: it looks again a second later', async () => {
    const { store, env, service, targetId, clock } = await offlineFolderSetup();
    const id = await createPublishable(store, 'Sent from two places');
    const queued = await service.publish({ id, targetId, status: 'publish', acknowledgeWarnings: false, overwrite: false });
    if (queued.state !== 'queued') throw new Error('the publish should wait');
    clock.advance(120_000);
    const { timers, fake } = fakeTimers();
    const runner = new OutboxRunner((): LibraryStore => store, env, { timers: fake, maxSleepMs: 600_000 });

    // "Retry now" is sending the overdue job when the runner wakes: the runner must not send it too, nor look again at once.
    const retrying = service.retry(queued.job.id);
    runner.start();
    await retrying;
    await runner.wake();
    expect(timers.map((timer) => timer.ms)).toEqual([1_000, 60_000]);
    expect(service.listOutbox()).toMatchObject([{ attempts: 2 }]);
    await runner.stop();
  });
});
