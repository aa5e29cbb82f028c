import { JSDOM } from 'jsdom';
import { afterEach, expect, it } from 'vitest';
import { pullRemote } from '../../../../../../main/services/publish/wordpress/pull-remote';
import { footnotesIn, footnoteText } from '../../../../../../shared/editor/nodes/footnote';
import { publicationsOf } from '../../../../../../main/services/publish/publications';
import { publishToWordPress } from '../../../../../../main/services/publish/wordpress/publish-to-wordpress';
import type { WordPressTarget } from '../../../../../../main/services/publish/wordpress/wordpress-target';
import type { PmNodeJson } from '../../../../../../shared/model/brief';
import { createPublishableBrief } from '../../../../../wordpress/brief-fixture';
import { describeWithWordPress } from '../../../../../wordpress/describe-with-wordpress';
import { SiteApi } from '../../../../../wordpress/site-api';
import { storeFixture } from '../../../../support/store-fixtures';

const fixture = storeFixture();

const text = (value: string): PmNodeJson => ({ type: 'text', text: value });
const note = (value: string): PmNodeJson => ({
  type: 'footnote',
  content: [{ type: 'text', text: value, marks: [{ type: 'link', attrs: { href: 'https://example.org/source' } }] }],
});

interface PostWithMeta {
  content: { raw: string; rendered: string };
  modified_gmt: string;
  meta?: { footnotes?: string } | unknown[];
}

/** The brief of the fixture with a note in its Editor's Desk and one in its body. */
async function briefWithNotes(store: Awaited<ReturnType<typeof fixture.open>>, headline: string) {
  const brief = await createPublishableBrief(store, headline);
  const withNotes = (brief.body.content ?? []).map((node): PmNodeJson => {
    if (node.type === 'editorsDesk')
      return { ...node, content: [{ type: 'paragraph', content: [text('Feeder networks thin'), note('Desk source')] }] };
    if (node.type === 'paragraph' && node.content?.[0]?.text?.startsWith('Berth'))
      return { ...node, content: [...(node.content ?? []), note('Body source')] };
    return node;
  });
  await store.save(brief.id, { ...brief, body: { ...brief.body, content: withNotes } }, brief.revision);
  return brief;
}

describeWithWordPress('notes in a WordPress post: the site’s own footnotes, or linked endnotes', (site) => {
  const api = new SiteApi(site);
  const target: WordPressTarget = { id: 'notes-site', url: site.url, username: site.adminUser, applicationPassword: site.appPassword };

  it('become linked endnotes in the post, which the site shows with working links', async () => {
    const store = await fixture.open(await fixture.tempDir());
    // A note in the Editor's Desk (which stands first in this brief), then one in the body: numbered in reading order.
    const brief = await briefWithNotes(store, 'Sources on an older site');

    const done = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    if (done.outcome !== 'created') throw new Error(done.outcome);

    // The site was asked once, and its answer kept with the target's records: no footnotes here.
    const facts = (await publicationsOf(store)).siteFacts(target.id);
    expect(facts?.footnotes).toBe(false);

    const { data: post } = await api.call<PostWithMeta>(`/wp/v2/posts/${done.postId}`, { query: { context: 'edit' } });
    expect(post.content.raw).not.toContain('wp:footnotes');
    expect(post.content.raw).not.toContain('data-fn');
    // A post is never signed "Exported from Briefdesk", whatever the export setting.
    expect(post.content.raw).not.toContain('Exported from');
    expect(JSON.stringify(post.meta ?? [])).not.toContain('footnotes');

    const page = JSDOM.fragment(post.content.rendered);
    const references = Array.from(page.querySelectorAll('sup.footnote-ref a'));
    expect(references.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['1', '#fn-1'],
      ['2', '#fn-2'],
    ]);
    const notes = Array.from(page.querySelectorAll('section.footnotes li'));
    expect(notes.map((item) => item.textContent?.replace('↩︎', '').trim())).toEqual(['Desk source', 'Body source']);
    expect(notes[0]?.querySelector('a[href="https://example.org/source"]')).not.toBeNull();
    // Every in-page link of the rendered post lands on an element of the post.
    const inPage = Array.from(page.querySelectorAll('a[href^="#"]')).map((link) => link.getAttribute('href')?.slice(1) ?? '');
    expect(inPage.length).toBe(4);
    for (const id of inPage) expect(page.querySelector(`[id="${id}"]`), id).not.toBeNull();

    // Publishing again reuses what was learnt of the site.
    const again = await publishToWordPress(store, brief.id, target, { status: 'draft' });
    expect(again.outcome).toBe('updated');
    expect((await publicationsOf(store)).siteFacts(target.id)?.checkedAt).toBe(facts?.checkedAt);
  });

  afterEach(async () => {
    await api.call('/wp/v2/settings', { method: 'POST', json: { briefdesk_test_footnotes: false } });
  });

  it('become the site’s own footnotes where posts take the footnotes meta (as WordPress 6.3+ registers it), kept through republish and pull', async () => {
    await api.call('/wp/v2/settings', { method: 'POST', json: { briefdesk_test_footnotes: true } });
    const store = await fixture.open(await fixture.tempDir());
    const native: WordPressTarget = { ...target, id: 'notes-site-with-footnotes' };
    const brief = await briefWithNotes(store, 'Sources as the site’s footnotes');

    const done = await publishToWordPress(store, brief.id, native, { status: 'draft' });
    if (done.outcome !== 'created') throw new Error(done.outcome);
    expect((await publicationsOf(store)).siteFacts(native.id)?.footnotes).toBe(true);
    const { data: post } = await api.call<PostWithMeta>(`/wp/v2/posts/${done.postId}`, { query: { context: 'edit' } });
    const meta = Array.isArray(post.meta) ? [] : (JSON.parse(post.meta?.footnotes ?? '[]') as { content: string; id: string }[]);
    expect(meta.map((item) => item.content)).toEqual([
      '<a rel="noopener noreferrer" href="https://example.org/source">Desk source</a>',
      '<a rel="noopener noreferrer" href="https://example.org/source">Body source</a>',
    ]);
    const references = [
      ...post.content.raw.matchAll(/<sup data-fn="([^"]+)" class="fn"><a href="#([^"]+)" id="([^"]+)">(\d)<\/a><\/sup>/g),
    ];
    expect(references.map((match) => [match[1], match[2], match[3], match[4]])).toEqual(
      meta.map((item, index) => [item.id, item.id, `${item.id}-link`, String(index + 1)]),
    );
    expect(post.content.raw).toContain('<!-- wp:footnotes /-->');
    expect(post.content.raw).not.toContain('class="footnotes"');

    // Published again unchanged: the same ids, and our own notes are not taken for a colleague's edit.
    const again = await publishToWordPress(store, brief.id, native, { status: 'draft' });
    expect(again.outcome).toBe('updated');
    const { data: republished } = await api.call<PostWithMeta>(`/wp/v2/posts/${done.postId}`, { query: { context: 'edit' } });
    expect(republished.meta).toEqual(post.meta);

    // A colleague rewords a note on the site: noticed, and brought back into the brief as a footnote.
    const edited = JSON.stringify(meta.map((item, index) => (index === 1 ? { ...item, content: 'Body source, revised' } : item)));
    await api.editAsOther(done.postId, { meta: { footnotes: edited } });
    const blocked = await publishToWordPress(store, brief.id, native, { status: 'draft' });
    expect(blocked.outcome).toBe('remote_changed');
    await pullRemote(store, brief.id, native);
    const pulled = await store.get(brief.id);
    expect(footnotesIn(pulled.body).map(footnoteText)).toEqual(['Desk source', 'Body source, revised']);
  });
});
