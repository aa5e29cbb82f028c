import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { publishToWordPress } from '../../../../../../main/services/publish/wordpress/publish-to-wordpress';
import type { WordPressTarget } from '../../../../../../main/services/publish/wordpress/wordpress-target';
import { createPublishableBrief } from '../../../../../wordpress/brief-fixture';
import { SiteApi } from '../../../../../wordpress/site-api';
import { storeFixture } from '../../../../support/store-fixtures';
import { describeWithWordPress } from '../../../../../wordpress/describe-with-wordpress';

const fixture = storeFixture();

describeWithWordPress('publishing a brief to WordPress', (site) => {
  const api = new SiteApi(site);
  const target: WordPressTarget = {
    id: 'test-site',
    url: site?.url ?? '',
    username: site?.adminUser ?? '',
    applicationPassword: site?.appPassword ?? '',
  };

  it('creates exactly one post with its featured image, excerpt, terms and blocks, then updates the same post', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Northern ports lose momentum');
    const postsBefore = await api.countPosts();
    const mediaBefore = await api.countMedia();

    const first = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (first.outcome !== 'created') throw new Error(`expected a new post, got ${first.outcome}`);
    expect(first.mediaUploaded).toBe(2);
    expect(await api.countPosts()).toBe(postsBefore + 1);
    expect(await api.countMedia()).toBe(mediaBefore + 2);

    const post = await api.post(first.postId);
    expect(post.status).toBe('draft');
    expect(post.slug).toBe('northern-ports-lose-momentum');
    expect(post.title.raw).toBe('Northern ports lose momentum');
    expect(post.excerpt.raw).toBe(brief.standfirst);
    expect(post.content.raw).toContain(`<!-- briefdesk:brief=${brief.id} -->`);
    expect(post.content.raw).toMatch(/<section class="key-takeaways"[^>]*>[\s\S]*Throughput fell four per cent against the spring peak\./);
    expect(post.content.raw).toMatch(
      /<aside class="editors-desk"[\s\S]*Why it matters[\s\S]*Fewer calls mean thinner feeder networks inland\./,
    );
    expect(await api.termNames('tags', post.tags)).toEqual(['Q3 outlook', 'ports', 'shipping']);
    expect(await api.termNames('categories', post.categories)).toEqual(['Maritime Trade']);

    const hero = await api.media(post.featured_media);
    expect(hero.alt_text).toBe('Cranes over a quiet quay at dusk');
    expect(hero.caption.raw).toBe('The outer harbour after the evening shift. — Library photo');
    const heroBytes = await (await fetch(hero.source_url)).arrayBuffer();
    expect(Buffer.from(heroBytes).equals(await readFile(join(store.dataDir, 'assets', brief.hero!.asset)))).toBe(true);
    // The inline image points at its uploaded copy, which carries the image's alt text.
    const inline = /<img [^>]*src="([^"]+)"[^>]*>/.exec(post.content.raw);
    expect(inline?.[0]).toContain('alt="Monthly throughput bars"');
    expect(inline?.[1]).toMatch(new RegExp(`^${site.url}/wp-content/uploads/`));

    // The record lives in publications.json, not in the brief file.
    const records = JSON.parse(await readFile(join(store.dataDir, 'publications.json'), 'utf8'));
    expect(records.items[0].posts[0]).toMatchObject({ briefId: brief.id, remoteId: first.postId, modifiedGmt: post.modified_gmt });
    expect((await store.get(brief.id)).revision).toBe(brief.revision);
    expect(await readFile(join(store.dataDir, 'articles', `${brief.id}.json`), 'utf8')).not.toContain(first.link);
    expect((await store.revisions.list(brief.id)).some((revision) => revision.kind === 'publish')).toBe(true);

    const edited = await store.get(brief.id);
    await store.save(brief.id, {
      ...edited,
      headline: 'Northern ports lose more momentum',
      standfirst: 'Volumes slipped again in the latest month.',
    });
    const second = await publishToWordPress(store, brief.id, target, { status: 'publish' });
    expect(second).toMatchObject({ outcome: 'updated', postId: first.postId, mediaUploaded: 0, slug: 'northern-ports-lose-momentum' });
    expect(await api.countPosts()).toBe(postsBefore + 1);
    expect(await api.countMedia()).toBe(mediaBefore + 2);
    const updated = await api.post(first.postId);
    expect(updated.status).toBe('publish');
    expect(updated.title.raw).toBe('Northern ports lose more momentum');
    expect(updated.excerpt.raw).toBe('Volumes slipped again in the latest month.');
    expect(updated.featured_media).toBe(post.featured_media);
  });
});
