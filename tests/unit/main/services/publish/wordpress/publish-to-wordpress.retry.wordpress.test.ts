import { afterEach, expect, it } from 'vitest';
import { publicationsOf } from '../../../../../../main/services/publish/publications';
import { publishToWordPress } from '../../../../../../main/services/publish/wordpress/publish-to-wordpress';
import { WordPressError } from '../../../../../../main/services/publish/wordpress/wordpress-error';
import type { WordPressTarget } from '../../../../../../main/services/publish/wordpress/wordpress-target';
import { createPublishableBrief } from '../../../../../wordpress/brief-fixture';
import { SiteApi } from '../../../../../wordpress/site-api';
import { startProxy, type TestServer } from '../../../../../wordpress/test-servers';
import { freePort } from '../../../../../wordpress/wordpress-site';
import { storeFixture } from '../../../../support/store-fixtures';
import { describeWithWordPress } from '../../../../../wordpress/describe-with-wordpress';

const fixture = storeFixture();
const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** The error a promise rejects with (fails the test when it resolves). */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

describeWithWordPress('failures while publishing to WordPress', (site) => {
  const api = new SiteApi(site);
  const target = (overrides: Partial<WordPressTarget> = {}): WordPressTarget => ({
    id: 'retry-site',
    url: site?.url ?? '',
    username: site?.adminUser ?? '',
    applicationPassword: site?.appPassword ?? '',
    ...overrides,
  });

  it('a create answered after the client gave up, then a retry: still one post', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Slow answers from the site');
    // The proxy forwards at once (WordPress makes the post) but never passes the create's answer on.
    const slow = await startProxy(site.url, {
      holdAnswer: (request) =>
        request.method === 'POST' && new URL(request.url ?? '/', 'http://x').searchParams.get('rest_route') === '/wp/v2/posts',
    });
    servers.push(slow);
    const before = await api.countPosts();

    const error = await rejection(publishToWordPress(store, brief.id, target({ url: slow.url }), { status: 'draft', timeoutMs: 1_500 }));
    expect(error).toBeInstanceOf(WordPressError);
    expect(error).toMatchObject({ kind: 'timeout', retryable: true });
    expect(slow.requests).toContain('POST /wp/v2/posts');
    // WordPress did make the post (once it has answered, however late); the library knows a create was sent but not its id.
    await slow.upstreamAnswered('POST /wp/v2/posts');
    expect(await api.countPosts()).toBe(before + 1);
    expect((await publicationsOf(store)).post('retry-site', brief.id)).toMatchObject({ remoteId: null });

    const retried = await publishToWordPress(store, brief.id, target(), { status: 'draft' });
    expect(retried.outcome).toBe('updated');
    expect(await api.countPosts()).toBe(before + 1);
    if (retried.outcome !== 'updated') return;
    expect((await api.post(retried.postId)).content.raw).toContain(`<!-- briefdesk:brief=${brief.id} -->`);
    expect((await publicationsOf(store)).post('retry-site', brief.id)).toMatchObject({ remoteId: retried.postId });
  });

  it('a wrong application password is a clear, non-retryable error, and nothing is made', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Locked out of the site');
    const before = await api.countPosts();
    const error = await rejection(
      publishToWordPress(store, brief.id, target({ applicationPassword: 'abcd efgh ijkl mnop qrst uvwx' }), { status: 'draft' }),
    );
    expect(error).toBeInstanceOf(WordPressError);
    expect(error).toMatchObject({ kind: 'auth', retryable: false, status: 401 });
    expect((error as Error).message).toMatch(/application password/);
    expect(await api.countPosts()).toBe(before);
  });

  it('an unreachable site is a retryable error', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Nobody home');
    const closed = `http://127.0.0.1:${await freePort()}`;
    const error = await rejection(publishToWordPress(store, brief.id, target({ url: closed }), { status: 'draft' }));
    expect(error).toBeInstanceOf(WordPressError);
    expect(error).toMatchObject({ kind: 'unreachable', retryable: true });
    expect((error as Error).message).toMatch(/connection was refused/);
  });

  it('two publishes of one brief at once make one post', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Double click on publish');
    const before = await api.countPosts();
    const results = await Promise.all([
      publishToWordPress(store, brief.id, target(), { status: 'draft' }),
      publishToWordPress(store, brief.id, target(), { status: 'draft' }),
    ]);
    expect(results.map((result) => result.outcome)).toEqual(['created', 'updated']);
    expect(await api.countPosts()).toBe(before + 1);
  });

  it('a scheduled post without a date is refused before anything is sent', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Scheduled without a time');
    const error = await rejection(
      publishToWordPress(store, brief.id, target({ url: `http://127.0.0.1:${await freePort()}` }), { status: 'future' }),
    );
    expect(error).toMatchObject({
      kind: 'invalid_target',
      retryable: false,
      message: 'A scheduled post needs the date and time to publish it.',
    });
  });
});
