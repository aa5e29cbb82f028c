import { join } from 'node:path';
import { afterEach, expect, inject, it } from 'vitest';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { OutboxRunner, type RunnerTimers } from '../../../../../main/services/publish/outbox-runner';
import { publishServiceOf, type PublishService } from '../../../../../main/services/publish/publish-service';
import type { PublishOutcome } from '../../../../../shared/publish/publish-outcome';
import { SiteApi } from '../../../../wordpress/site-api';
import { restartWebServer, stopWebServer, webServerRunning } from '../../../../wordpress/wordpress-site';
import { createPublishable, manualClock, publishableContent, testEnv } from '../../../support/publish-fixtures';
import { storeFixture } from '../../../support/store-fixtures';
import { describeWithWordPress } from '../../../../wordpress/describe-with-wordpress';

const fixture = storeFixture();
const site = inject('wordpress');
// The next test files share the site: whatever happens here, its web server runs again afterwards.
afterEach(async () => {
  if (site && !(await webServerRunning(site))) await restartWebServer(site);
});

async function setup(url: string, password = site?.appPassword ?? '') {
  const root = await fixture.tempDir();
  const clock = manualClock(Date.now());
  const store = await fixture.open(join(root, 'library'));
  const env = { ...testEnv(join(root, 'keys'), clock.now), timeoutMs: 10_000 };
  const service = await publishServiceOf(store, env);
  const target = await service.targets.save({
    name: `Site ${root.slice(-6)}`,
    kind: 'wordpress',
    url,
    username: site?.adminUser ?? '',
    applicationPassword: password,
  });
  return { store, env, service, clock, targetId: target.id };
}

/** Timers the test fires by hand: the runner's sleeps are recorded, not waited for. */
function handTimers(): RunnerTimers & { fire: () => void; sleeps: number[] } {
  let pending: { run: () => void } | null = null;
  const sleeps: number[] = [];
  return {
    sleeps,
    setTimeout: (run, ms) => {
      sleeps.push(ms);
      pending = { run };
      return pending;
    },
    clearTimeout: (handle) => {
      if (pending === handle) pending = null;
    },
    fire: () => {
      const due = pending;
      pending = null;
      due?.run();
    },
  };
}

const publish = (service: PublishService, id: string, targetId: string, overwrite = false): Promise<PublishOutcome> =>
  service.publish({ id, targetId, status: 'draft', acknowledgeWarnings: true, overwrite });

const postIdOf = (outcome: PublishOutcome): number => {
  if (outcome.state !== 'published') throw new Error(`expected published, got ${outcome.state}`);
  return Number(new URL(outcome.publication.link).searchParams.get('p'));
};

describeWithWordPress('the outbox against a real WordPress', (site) => {
  const api = new SiteApi(site);

  it('a job made while WordPress is stopped waits and says why; the runner tries again; WordPress restarted, it completes exactly once', async () => {
    const { store, env, service, clock, targetId } = await setup(site.url);
    const id = await createPublishable(store, 'Published while WordPress was stopped');
    const before = await api.countPosts();
    const address = new URL(site.url).host;

    await stopWebServer(site); // PHP's server ends; MariaDB keeps running
    expect(await webServerRunning(site)).toBe(false);
    const first = await publish(service, id, targetId);
    expect(first).toMatchObject({
      state: 'queued',
      job: { state: 'queued', attempts: 1, lastError: expect.stringContaining(`Cannot reach ${address}`) },
    });

    // The runner sleeps until the job is due (30 s), then tries again: still stopped.
    const timers = handTimers();
    const runner = new OutboxRunner((): LibraryStore => store, env, { timers, maxSleepMs: 3_600_000 });
    runner.start();
    await runner.wake();
    expect(timers.sleeps.at(-1)).toBe(30_000);
    expect(service.listOutbox()).toMatchObject([{ state: 'queued', attempts: 1 }]);
    clock.advance(30_000);
    await runner.wake();
    expect(service.listOutbox()).toMatchObject([
      { state: 'queued', attempts: 2, lastError: expect.stringContaining(`Cannot reach ${address}`) },
    ]);
    expect(timers.sleeps.at(-1)).toBe(60_000);

    // WordPress is started again on the same port and data: the next try publishes.
    await restartWebServer(site);
    expect(await api.countPosts()).toBe(before);
    clock.advance(60_000);
    await runner.wake();
    expect(service.listOutbox()).toEqual([]);
    expect(await api.countPosts()).toBe(before + 1);
    const [publication] = await service.listPublications(id);
    expect(publication).toMatchObject({ targetId, changedSince: false });
    const post = await api.post(Number(new URL(publication!.link).searchParams.get('p')));
    expect(post.title.raw).toBe('Published while WordPress was stopped');

    // Woken again (and every queued job tried): nothing more is sent.
    await runner.networkMayBeBack();
    clock.advance(24 * 3_600_000);
    await runner.wake();
    await runner.stop();
    expect(await service.runDue({ all: true })).toEqual([]);
    expect(await api.countPosts()).toBe(before + 1);
  });

  it('a wrong password fails the job with its message and is not retried', async () => {
    const { store, service, clock, targetId } = await setup(site.url, 'wrong wrong wrong wrong');
    const id = await createPublishable(store, 'Refused by the site');
    const before = await api.countPosts();
    const outcome = await publish(service, id, targetId);
    expect(outcome).toMatchObject({ state: 'failed', job: { state: 'failed', attempts: 1, nextAttemptAt: null } });
    expect(outcome.state === 'failed' && outcome.message).toMatch(/password|user name/i);
    clock.advance(24 * 3_600_000);
    expect(await service.runDue({ all: true })).toEqual([]);
    expect(service.listOutbox()).toMatchObject([{ state: 'failed', attempts: 1 }]);
    expect(await api.countPosts()).toBe(before);
  });

  it('publishing the same brief three times with edits leaves one post that matches the brief', async () => {
    const { store, service, targetId } = await setup(site.url);
    const id = await createPublishable(store, 'Three rounds of edits');
    const before = await api.countPosts();
    const postIds = new Set<number>();
    for (const round of [1, 2, 3]) {
      const brief = await store.get(id);
      await store.save(id, publishableContent(`Three rounds of edits, round ${round}`, `Body text of round ${round}.`), brief.revision);
      postIds.add(postIdOf(await publish(service, id, targetId)));
    }
    expect(postIds.size).toBe(1);
    expect(await api.countPosts()).toBe(before + 1);
    const post = await api.post([...postIds][0]!);
    expect(post.title.raw).toBe('Three rounds of edits, round 3');
    expect(post.content.raw).toContain('Body text of round 3.');
    expect(post.content.raw).not.toContain('round 2');
    expect(await service.listPublications(id)).toMatchObject([{ targetId, changedSince: false, status: 'draft' }]);
  });

  it('a post edited on the site stops the job for a decision; overwrite replaces it, pull brings it in', async () => {
    const { store, service, targetId } = await setup(site.url);
    const id = await createPublishable(store, 'Edited by a colleague');
    const postId = postIdOf(await publish(service, id, targetId));
    await api.editAsOther(postId, { title: 'Retitled on the site' });

    const waiting = await publish(service, id, targetId);
    expect(waiting).toMatchObject({ state: 'needs_decision', job: { state: 'needs_decision', remote: { kind: 'changed' } } });
    expect((await api.post(postId)).title.raw).toBe('Retitled on the site');
    if (waiting.state !== 'needs_decision') throw new Error('unreachable');
    expect((await service.resolve(waiting.job.id, 'overwrite')).state).toBe('published');
    expect((await api.post(postId)).title.raw).toBe('Edited by a colleague');

    await api.editAsOther(postId, { title: 'Retitled again' });
    const again = await publish(service, id, targetId);
    if (again.state !== 'needs_decision') throw new Error(`expected needs_decision, got ${again.state}`);
    expect(await service.resolve(again.job.id, 'pull')).toMatchObject({ state: 'pulled' });
    expect((await store.get(id)).headline).toBe('Retitled again');
    expect(service.listOutbox()).toEqual([]);
  });
});
