import { join } from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { publishServiceOf, type PublishService } from '../../main/services/publish/publish-service';
import type { PublishOutcome } from '../../shared/publish/publish-outcome';
import { SiteApi } from '../wordpress/site-api';
import { startProxy, type TestServer } from '../wordpress/test-servers';
import { createPublishable, manualClock, publishableContent, testEnv } from './publish-fixtures';
import { storeFixture } from './store-fixtures';

const site = inject('wordpress');
const fixture = storeFixture();
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function setup(url: string, password = site?.appPassword ?? '') {
  const root = await fixture.tempDir();
  const clock = manualClock(Date.now());
  const store = await fixture.open(join(root, 'library'));
  const service = await publishServiceOf(store, { ...testEnv(join(root, 'keys'), clock.now), timeoutMs: 10_000 });
  const target = await service.targets.save({ name: `Site ${root.slice(-6)}`, kind: 'wordpress', url, username: site?.adminUser ?? '', applicationPassword: password });
  return { store, service, clock, targetId: target.id };
}

const publish = (service: PublishService, id: string, targetId: string, overwrite = false): Promise<PublishOutcome> =>
  service.publish({ id, targetId, status: 'draft', acknowledgeWarnings: true, overwrite });

const postIdOf = (outcome: PublishOutcome): number => {
  if (outcome.state !== 'published') throw new Error(`expected published, got ${outcome.state}`);
  return Number(new URL(outcome.publication.link).searchParams.get('p'));
};

describe.skipIf(site === null)('the outbox against a real WordPress', () => {
  const api = new SiteApi(site!);

  it('a job made while the site is down waits and says why, then completes exactly once when it is back', async () => {
    const proxy = await startProxy(site!.url);
    const port = Number(new URL(proxy.url).port);
    const { store, service, clock, targetId } = await setup(proxy.url);
    await proxy.close(); // the site goes away
    const id = await createPublishable(store, 'Published while the site was down');
    const before = await api.countPosts();

    const first = await publish(service, id, targetId);
    expect(first).toMatchObject({ state: 'queued', job: { state: 'queued', attempts: 1, lastError: expect.stringMatching(/^Cannot reach 127\.0\.0\.1/) } });
    clock.advance(30_000);
    const [second] = await service.runDue();
    expect(second).toMatchObject({ state: 'queued', job: { attempts: 2, lastError: expect.stringMatching(/Cannot reach/) } });
    expect(service.listOutbox()).toMatchObject([{ state: 'queued', lastError: expect.stringMatching(/Cannot reach/) }]);
    expect(await api.countPosts()).toBe(before);

    servers.push(await startProxy(site!.url, { port })); // the site is back, same address
    const [third] = await service.runDue({ all: true });
    expect(third?.state).toBe('published');
    expect(await service.runDue({ all: true })).toEqual([]);
    expect(service.listOutbox()).toEqual([]);
    expect(await api.countPosts()).toBe(before + 1);
    const post = await api.post(postIdOf(third!));
    expect(post.title.raw).toBe('Published while the site was down');
  });

  it('a wrong password fails the job with its message and is not retried', async () => {
    const { store, service, clock, targetId } = await setup(site!.url, 'wrong wrong wrong wrong');
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
    const { store, service, targetId } = await setup(site!.url);
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
    const { store, service, targetId } = await setup(site!.url);
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
