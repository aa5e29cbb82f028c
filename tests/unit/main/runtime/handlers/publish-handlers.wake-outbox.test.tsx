// @vitest-environment happy-dom
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../../../main/runtime/handlers/create-handlers';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { OutboxRunner, type RunnerTimers } from '../../../../../main/services/publish/outbox-runner';
import { publishServiceOf } from '../../../../../main/services/publish/publish-service';
import { useWakeOutboxWhenOnline } from '../../../../../renderer/publish/use-wake-when-online';
import { call } from '../../../support/handler-fixtures';
import { createPublishable, manualClock, testEnv } from '../../../support/publish-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const fixture = storeFixture();

/** Timers that never fire by themselves: only a wake makes the runner try. */
const idleTimers: RunnerTimers = { setTimeout: () => ({}), clearTimeout: () => undefined };

/**
 * A library whose folder target cannot be written yet (a file stands where
 * the folder's parent should be), with one publish waiting in the outbox and
 * not due for a while; the contract's handlers, with or without a runner.
 */
async function waitingJob(withRunner: boolean) {
  const root = await fixture.tempDir();
  const clock = manualClock();
  const store = await fixture.open(join(root, 'library'));
  const env = testEnv(join(root, 'keys'), clock.now);
  const service = await publishServiceOf(store, env);
  const blocker = join(root, 'share');
  await writeFile(blocker, 'not a folder yet');
  const target = await service.targets.save({ name: 'Share', kind: 'folder', folder: join(blocker, 'site') });
  const id = await createPublishable(store, 'Waiting for the network');
  const queued = await service.publish({ id, targetId: target.id, status: 'publish', acknowledgeWarnings: false, overwrite: false });
  expect(queued).toMatchObject({ state: 'queued', job: { attempts: 1 } });
  const runner = new OutboxRunner((): LibraryStore => store, env, { timers: idleTimers });
  if (withRunner) runner.start();
  await runner.wake(); // the job is not due yet: nothing is tried
  expect(service.listOutbox()).toMatchObject([{ state: 'queued', attempts: 1 }]);
  const handlers = createHandlers(store, {
    version: '9.9.9',
    shell: 'browser',
    secrets: env.secrets,
    ...(withRunner ? { outbox: runner } : {}),
  });
  const bringBack = async (): Promise<void> => {
    await rm(blocker);
    await mkdir(blocker);
  };
  return { service, handlers, runner, id, bringBack };
}

describe('waking the outbox when the network may be back', () => {
  it('wakeOutbox makes the runner try the queued job at once, before it is due, and it publishes', async () => {
    const { service, handlers, runner, id, bringBack } = await waitingJob(true);
    await bringBack();
    expect(await call(handlers, 'wakeOutbox', {})).toEqual({ woken: true });
    expect(service.listOutbox()).toEqual([]);
    expect(await service.listPublications(id)).toMatchObject([{ kind: 'folder', changedSince: false }]);
    await runner.stop();
  });

  it('woken while the folder is still unreachable, the job is tried again and keeps waiting with its error', async () => {
    const { service, handlers, runner } = await waitingJob(true);
    expect(await call(handlers, 'wakeOutbox', {})).toEqual({ woken: true });
    expect(service.listOutbox()).toMatchObject([{ state: 'queued', attempts: 2, lastError: expect.any(String) }]);
    await runner.stop();
  });

  it('without a runner in the shell, wakeOutbox says so and sends nothing', async () => {
    const { service, handlers, bringBack } = await waitingJob(false);
    await bringBack();
    expect(await call(handlers, 'wakeOutbox', {})).toEqual({ woken: false });
    expect(service.listOutbox()).toMatchObject([{ state: 'queued', attempts: 1 }]);
  });

  it('the window going online asks for wakeOutbox, then reads everything again; not after unmounting', async () => {
    const calls: string[] = [];
    const api = {
      wakeOutbox: async () => {
        calls.push('wakeOutbox');
        return { woken: true };
      },
    };
    function Probe() {
      useWakeOutboxWhenOnline(api, () => calls.push('after'));
      return null;
    }
    const host = document.createElement('div');
    const root = createRoot(host);
    act(() => root.render(<Probe />));
    expect(calls).toEqual([]);
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    expect(calls).toEqual(['wakeOutbox', 'after']);
    act(() => root.unmount());
    window.dispatchEvent(new Event('online'));
    await Promise.resolve();
    expect(calls).toEqual(['wakeOutbox', 'after']);
  });
});
