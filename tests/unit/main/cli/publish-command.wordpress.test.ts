import { join } from 'node:path';
import { expect, it } from 'vitest';
import { SiteApi } from '../../../wordpress/site-api';
import { addPublishableBrief, briefdeskWith } from './cli-publish-runner';
import { storeFixture } from '../../support/store-fixtures';
import { describeWithWordPress } from '../../../wordpress/describe-with-wordpress';

const fixture = storeFixture();

describeWithWordPress('briefdesk publish to a real WordPress', (site) => {
  const api = new SiteApi(site);

  it('publishes, refuses to replace a post edited on the site without --overwrite, then overwrites', async () => {
    const root = await fixture.tempDir();
    const data = join(root, 'library');
    const env = { BRIEFDESK_KEY_FILE: join(root, 'keys', 'publishing.key'), BRIEFDESK_TARGET_PASSWORD: '' };
    const run = (stdin: string, ...args: string[]) => briefdeskWith({ env, stdin }, ...args, '--data', data);

    expect(
      (await run(`${site.appPassword}\n`, 'targets', 'add', 'Test site', '--wordpress', site.url, '--user', site.adminUser)).code,
    ).toBe(0);
    const id = await addPublishableBrief(data, 'From the command line to WordPress');
    const before = await api.countPosts();

    const first = await run('', 'publish', id, '--target', 'Test site', '--status', 'draft');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const link = /Published to Test site: (\S+)/.exec(first.stdout)?.[1] ?? '';
    const postId = Number(new URL(link).searchParams.get('p'));
    expect(await api.countPosts()).toBe(before + 1);
    expect((await api.post(postId)).status).toBe('draft');

    await api.editAsOther(postId, { title: 'A colleague’s title' });
    const refused = await run('', 'publish', id, '--target', 'Test site', '--status', 'draft');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/The post was changed on the site/);
    expect(refused.stderr).toMatch(/--overwrite/);
    expect((await api.post(postId)).title.raw).toBe('A colleague’s title');
    const outbox = await run('', 'outbox');
    expect(outbox.stdout).toMatch(/\tneeds_decision\t/);

    const overwritten = await run('', 'publish', id, '--target', 'Test site', '--status', 'pending', '--overwrite');
    expect(overwritten.code).toBe(0);
    const post = await api.post(postId);
    expect(post.title.raw).toBe('From the command line to WordPress');
    expect(post.status).toBe('pending');
    expect(await api.countPosts()).toBe(before + 1);
    expect((await run('', 'outbox')).stdout).toBe('The outbox is empty.\n');
  });
});
