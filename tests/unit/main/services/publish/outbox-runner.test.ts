import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { OutboxRunner, type RunnerTimers } from '../../../../../main/services/publish/outbox-runner';
import { publishServiceOf } from '../../../../../main/services/publish/publish-service';
import { createPublishable, manualClock, testEnv } from '../../../support/publish-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** Timers that only record the sleeps the runner asks for. */
function recordingTimers(): { sleeps: number[]; timers: RunnerTimers } {
  const sleeps: number[] = [];
  return {
    sleeps,
    timers: {
      setTimeout: (_run, ms) => {
        sleeps.push(ms);
        return sleeps.length;
      },
      clearTimeout: () => undefined,
    },
  };
}

/** A library with one publish waiting because its folder target cannot be reached yet. */
async function libraryWithWaitingJob() {
  const root = await fixture.tempDir();
  const clock = manualClock();
  const env = testEnv(join(root, 'keys'), clock.now);
  const store = await fixture.open(join(root, 'library'));
  const service = await publishServiceOf(store, env);
  await writeFile(join(root, 'mount'), 'not a folder yet');
  const target = await service.targets.save({ name: 'Share', kind: 'folder', folder: join(root, 'mount', 'site') });
  const id = await createPublishable(store, 'Waiting for the share');
  expect((await service.publish({ id, targetId: target.id, status: 'publish', acknowledgeWarnings: false, overwrite: false })).state).toBe(
    'queued',
  );
  const bringBack = async () => {
    await rm(join(root, 'mount'));
    await mkdir(join(root, 'mount'));
  };
  return { root, clock, env, store, bringBack };
}

describe('the outbox runner', () => {
  it('looks again every minute by default when nothing waits', async () => {
    const root = await fixture.tempDir();
    const store = await fixture.open(join(root, 'library'));
    const { sleeps, timers } = recordingTimers();
    const runner = new OutboxRunner((): LibraryStore => store, testEnv(join(root, 'keys')), { timers });
    runner.start();
    await runner.wake();
    expect(sleeps).toEqual([60_000, 60_000]);
    await runner.stop();
  });

  it('tells of an outbox it cannot reach and keeps looking, without failing', async () => {
    const root = await fixture.tempDir();
    const errors: unknown[] = [];
    const closed = new Error('The library was closed.');
    const { sleeps, timers } = recordingTimers();
    const runner = new OutboxRunner(
      (): LibraryStore => {
        throw closed;
      },
      testEnv(join(root, 'keys')),
      { timers, maxSleepMs: 5_000, onError: (error) => errors.push(error) },
    );
    runner.start();
    await runner.wake();
    expect(errors).toEqual([closed, closed]);
    expect(sleeps).toEqual([5_000, 5_000]);
    await runner.stop();
  });

  it('on its own timers it looks again by itself after its sleep', async () => {
    const root = await fixture.tempDir();
    let looks = 0;
    const runner = new OutboxRunner(
      (): LibraryStore => {
        looks += 1;
        throw new Error('The library was closed.');
      },
      testEnv(join(root, 'keys')),
      { maxSleepMs: 20 },
    );
    runner.start();
    await vi.waitFor(() => expect(looks).toBeGreaterThanOrEqual(3), { timeout: 5_000, interval: 10 });
    await runner.stop();
    const stoppedAt = looks;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(looks).toBe(stoppedAt);
  });

  it('starting twice looks at the outbox once', async () => {
    const root = await fixture.tempDir();
    const store = await fixture.open(join(root, 'library'));
    const { sleeps, timers } = recordingTimers();
    const runner = new OutboxRunner((): LibraryStore => store, testEnv(join(root, 'keys')), { timers });
    runner.start();
    runner.start();
    await runner.wake();
    expect(sleeps).toHaveLength(2);
    await runner.stop();
  });

  it('never sends from a library opened read-only: its jobs are for the Briefdesk that has it open', async () => {
    const { root, env, store, bringBack } = await libraryWithWaitingJob();
    await fixture.close(store);
    const reader = await fixture.open(join(root, 'library'), { readOnly: true });
    await bringBack();
    const errors: unknown[] = [];
    const { sleeps, timers } = recordingTimers();
    const runner = new OutboxRunner((): LibraryStore => reader, env, {
      timers,
      maxSleepMs: 600_000,
      onError: (error) => errors.push(error),
    });
    runner.start();
    await runner.networkMayBeBack();
    expect(await readdir(join(root, 'mount'))).toEqual([]);
    expect(errors).toEqual([]);
    expect(sleeps.at(-1)).toBe(600_000);
    await runner.stop();
  });

  it('a wake asked for while an attempt runs does not run after a stop', async () => {
    const { env, store, bringBack } = await libraryWithWaitingJob();
    await bringBack();
    const { sleeps, timers } = recordingTimers();
    const runner = new OutboxRunner((): LibraryStore => store, env, { timers, maxSleepMs: 600_000 });
    runner.start();
    const queuedWake = runner.wake();
    await runner.stop();
    await queuedWake;
    expect(sleeps).toEqual([]);
  });
});
