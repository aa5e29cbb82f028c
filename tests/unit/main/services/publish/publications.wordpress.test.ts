import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Publications, type PostRecord } from '../../../../../main/services/publish/publications';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

const record = (briefId: string, remoteId: number | null): PostRecord => ({
  briefId,
  remoteId,
  link: remoteId === null ? '' : `https://example.test/?p=${remoteId}`,
  slug: 'grid-reform-stalls',
  status: remoteId === null ? '' : 'draft',
  modifiedGmt: remoteId === null ? '' : '2026-01-02T03:04:05',
  contentHash: remoteId === null ? '' : 'a'.repeat(64),
  briefRevision: remoteId === null ? -1 : 3,
  attemptedAt: '2026-01-02T03:04:04.000Z',
  publishedAt: remoteId === null ? null : '2026-01-02T03:04:05.000Z',
});

describe('publications.json', () => {
  it('keeps post and media records per target across reopening', async () => {
    const dir = await fixture.tempDir();
    const publications = await Publications.open(dir);
    await publications.setPost('site-a', record('brief-0001', null));
    await publications.setPost('site-a', record('brief-0001', 41));
    await publications.setPost('site-b', record('brief-0001', 7));
    await publications.setMedia('site-a', {
      assetId: `${'b'.repeat(64)}.png`,
      mediaId: 9,
      url: 'https://example.test/a.png',
      alt: 'A chart',
      caption: '',
    });

    const reopened = await Publications.open(dir);
    expect(reopened.post('site-a', 'brief-0001')).toEqual(record('brief-0001', 41));
    expect(reopened.post('site-b', 'brief-0001')?.remoteId).toBe(7);
    expect(reopened.posts('site-a')).toHaveLength(1);
    expect(reopened.media('site-a', `${'b'.repeat(64)}.png`)?.mediaId).toBe(9);
    expect(reopened.media('site-b', `${'b'.repeat(64)}.png`)).toBeUndefined();
    const file = JSON.parse(await readFile(join(dir, 'publications.json'), 'utf8'));
    expect(file.schemaVersion).toBe(1);
  });

  it('moves a damaged file to quarantine/ and starts empty', async () => {
    const dir = await fixture.tempDir();
    await writeFile(join(dir, 'publications.json'), '{"schemaVersion": 1, "items": [{"id": "site-a", "posts": "nope"}]}');
    const publications = await Publications.open(dir);
    expect(publications.unusable?.movedAside).toBe(true);
    expect(publications.posts('site-a')).toEqual([]);
    expect((await readdir(join(dir, 'quarantine'))).some((name) => name.startsWith('publications'))).toBe(true);
    await publications.setPost('site-a', record('brief-0002', 5));
    expect((await Publications.open(dir)).post('site-a', 'brief-0002')?.remoteId).toBe(5);
  });

  it('leaves a file from a newer version alone and refuses to change it', async () => {
    const dir = await fixture.tempDir();
    const newer = '{"schemaVersion": 99, "items": []}';
    await writeFile(join(dir, 'publications.json'), newer);
    const publications = await Publications.open(dir);
    await expect(publications.setPost('site-a', record('brief-0003', 1))).rejects.toThrow(/newer version of Briefdesk/);
    expect(await readFile(join(dir, 'publications.json'), 'utf8')).toBe(newer);
  });
});
