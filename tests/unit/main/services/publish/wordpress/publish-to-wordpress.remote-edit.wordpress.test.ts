import { expect, it } from 'vitest';
import { publicationsOf } from '../../../../../../main/services/publish/publications';
import { pullRemote } from '../../../../../../main/services/publish/wordpress/pull-remote';
import { publishToWordPress } from '../../../../../../main/services/publish/wordpress/publish-to-wordpress';
import type { WordPressTarget } from '../../../../../../main/services/publish/wordpress/wordpress-target';
import { createPublishableBrief } from '../../../../../wordpress/brief-fixture';
import { SiteApi } from '../../../../../wordpress/site-api';
import { storeFixture } from '../../../../support/store-fixtures';
import { describeWithWordPress } from '../../../../../wordpress/describe-with-wordpress';

const fixture = storeFixture();

describeWithWordPress('a post changed on the WordPress site', (site) => {
  const api = new SiteApi(site);
  const target: WordPressTarget = {
    id: 'remote-edit-site',
    url: site?.url ?? '',
    username: site?.adminUser ?? '',
    applicationPassword: site?.appPassword ?? '',
  };

  it('is detected, not overwritten without consent, replaced with overwrite', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Feeder lines reshuffle');
    const first = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (first.outcome !== 'created') throw new Error(first.outcome);
    const colleagueText = '<p>A colleague rewrote this paragraph on the site.</p>';
    const edited = await api.editAsOther(first.postId, { content: colleagueText });

    const refused = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    expect(refused).toMatchObject({
      outcome: 'remote_changed',
      postId: first.postId,
      remoteModifiedGmt: edited.modified_gmt,
      remoteModifiedBy: 'Other Editor',
    });
    expect((await api.post(first.postId)).content.raw).toBe(colleagueText);
    // Asking again changes nothing either: the record still holds our last write.
    expect((await publishToWordPress(store, brief.id, target, { status: 'draft' })).outcome).toBe('remote_changed');

    const forced = await publishToWordPress(store, brief.id, target, { status: 'draft', overwrite: true });
    expect(forced).toMatchObject({ outcome: 'updated', postId: first.postId });
    const after = await api.post(first.postId);
    expect(after.content.raw).toContain('Throughput fell four per cent against the spring peak.');
    expect(after.content.raw).not.toContain('A colleague rewrote');
    // Once overwritten, the next publish goes through without asking.
    expect((await publishToWordPress(store, brief.id, target, { status: 'draft' })).outcome).toBe('updated');
  });

  it('is noticed within the same second (by the text fingerprint, not only the modified time)', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Same second edits');
    const first = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (first.outcome !== 'created') throw new Error(first.outcome);
    const edited = await api.editAsOther(first.postId, { title: 'Same second edits, retitled' });
    // As if the colleague's edit had landed in the same second as our write: the times match.
    const publications = await publicationsOf(store);
    const record = publications.post(target.id, brief.id)!;
    await publications.setPost(target.id, { ...record, modifiedGmt: edited.modified_gmt });
    expect((await publishToWordPress(store, brief.id, target, { status: 'draft' })).outcome).toBe('remote_changed');
  });

  it('is brought into a new revision of the brief by pullRemote', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Inland depots fill up');
    const first = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (first.outcome !== 'created') throw new Error(first.outcome);
    const published = await api.post(first.postId);
    const content = published.content.raw
      .replace('Two carriers moved their rotations south.', 'Three carriers moved their rotations south.')
      .replace('Berth occupancy data point to a slow autumn.', 'Berth occupancy data now point to a busy autumn.');
    await api.editAsOther(first.postId, { title: 'Inland depots fill up fast', excerpt: 'Depots are nearly full.', content });

    const pulled = await pullRemote(store, brief.id, target);
    const now = await store.get(brief.id);
    expect(now.revision).toBe(brief.revision + 1);
    expect(pulled.revision).toBe(now.revision);
    expect(now.headline).toBe('Inland depots fill up fast');
    expect(now.standfirst).toBe('Depots are nearly full.');
    const body = JSON.stringify(now.body);
    expect(now.body.content?.[0]?.type).toBe('keyTakeaways');
    expect(body).toContain('Three carriers moved their rotations south.');
    expect(body).toContain('Berth occupancy data now point to a busy autumn.');
    expect(now.body.content?.some((node) => node.type === 'editorsDesk' && node.attrs?.title === 'Why it matters')).toBe(true);
    // The inline image came back as the same library image.
    expect(body).toContain(JSON.stringify(brief.body.content?.find((node) => node.type === 'image')?.attrs?.src));
    expect(now.hero).toEqual(brief.hero);

    // The brief as it was is kept as a revision.
    const revisions = await store.revisions.list(brief.id);
    const before = revisions.find((revision) => revision.id === pulled.beforeRevision.id);
    expect(before?.kind).toBe('before-pull');
    // The pulled state is the known one: publishing again updates without a conflict.
    expect((await publishToWordPress(store, brief.id, target, { status: 'draft' })).outcome).toBe('updated');
  });

  it('deleted on the site: reported, and made again only with overwrite', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await createPublishableBrief(store, 'Removed from the site');
    const first = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (first.outcome !== 'created') throw new Error(first.outcome);
    await api.call(`/wp/v2/posts/${first.postId}`, { method: 'DELETE', query: { force: 'true' } });
    const before = await api.countPosts();

    expect(await publishToWordPress(store, brief.id, target, { status: 'draft' })).toMatchObject({
      outcome: 'remote_missing',
      postId: first.postId,
    });
    expect(await api.countPosts()).toBe(before);
    const again = await publishToWordPress(store, brief.id, target, { status: 'draft', overwrite: true });
    expect(again.outcome).toBe('created');
    expect(await api.countPosts()).toBe(before + 1);
  });
});
