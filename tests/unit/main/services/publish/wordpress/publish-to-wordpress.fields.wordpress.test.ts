import { rm } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { publishToWordPress } from '../../../../../../main/services/publish/wordpress/publish-to-wordpress';
import type { WordPressTarget } from '../../../../../../main/services/publish/wordpress/wordpress-target';
import { createPublishableBrief } from '../../../../../wordpress/brief-fixture';
import { describeWithWordPress } from '../../../../../wordpress/describe-with-wordpress';
import { SiteApi } from '../../../../../wordpress/site-api';
import { storeFixture } from '../../../../support/store-fixtures';

const fixture = storeFixture();

/**
 * Resolves once the clock has passed the second a post was last changed
 * in: WordPress keeps modified times to the second, so a colleague's edit
 * made after this is told apart by its time alone.
 */
async function afterTheSecondOf(modifiedGmt: string): Promise<void> {
  const next = Date.parse(`${modifiedGmt}Z`) + 1000;
  while (Date.now() < next) await new Promise((resolve) => setTimeout(resolve, next - Date.now() + 5));
}

describeWithWordPress('what a publish sends to WordPress, and what it checks first', (site) => {
  const api = new SiteApi(site);
  const target: WordPressTarget = { id: 'fields-site', url: site.url, username: site.adminUser, applicationPassword: site.appPassword };

  it('schedules a post for the date asked', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Scheduled for the autumn');
    const at = new Date(Date.now() + 3 * 24 * 3600 * 1000);
    at.setUTCMilliseconds(0);
    const done = await publishToWordPress(store, brief.id, target, { status: 'future', date: at.toISOString() });
    if (done.outcome !== 'created') throw new Error(done.outcome);
    expect(done.status).toBe('future');
    const post = await api.post(done.postId);
    expect(post.status).toBe('future');
    expect(post.date_gmt).toBe(at.toISOString().slice(0, 19));
  });

  it('leaves out an image missing from the library, saying so, and keeps the others', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'An image went missing');
    const chart = brief.body.content?.find((node) => node.type === 'image')?.attrs?.src;
    const chartId = typeof chart === 'string' ? chart.replace(/^asset:/, '') : '';
    await rm(store.assetPath(chartId) ?? '');

    const done = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (done.outcome !== 'created') throw new Error(done.outcome);
    expect(done.warnings).toEqual([`The image ${chartId} is not in the library; it is left out.`]);
    const post = await api.post(done.postId);
    // No image points anywhere but the site's uploads: nothing broken, nothing local.
    const sources = [...post.content.raw.matchAll(/<img [^>]*src="([^"]*)"/g)].map((match) => match[1]);
    expect(sources.every((src) => src?.startsWith(`${site.url}/wp-content/uploads/`))).toBe(true);
    expect(post.content.raw).not.toContain(chartId);
    expect(post.content.raw).toContain('Operators expect a partial recovery');
    expect(post.featured_media).toBeGreaterThan(0);
  });

  it.each([
    ['its status', (): Record<string, unknown> => ({ status: 'pending' })],
    ['its tags', (): Record<string, unknown> => ({ tags: [] })],
    ['its featured image', (): Record<string, unknown> => ({ featured_media: 0 })],
  ])('a colleague who changed only %s on the site is not overwritten silently', async (_what, change) => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Changed on the site');
    const first = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (first.outcome !== 'created') throw new Error(first.outcome);
    await afterTheSecondOf(first.modifiedGmt);
    const edited = await api.editAsOther(first.postId, change());

    const again = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    expect(again).toMatchObject({ outcome: 'remote_changed', postId: first.postId, remoteModifiedGmt: edited.modified_gmt });
    const post = await api.post(first.postId);
    expect({ status: post.status, tags: post.tags, featured_media: post.featured_media }).toEqual({
      status: edited.status,
      tags: edited.tags,
      featured_media: edited.featured_media,
    });
  });
});
