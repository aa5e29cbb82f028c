import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../../shared/model/brief';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

describe('LibraryStore: briefs', () => {
  it('creates a blank brief and writes its file', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    expect(brief.revision).toBe(0);
    expect(brief.trashedAt).toBeNull();
    expect(brief.createdAt).toBe(brief.updatedAt);
    const onDisk: unknown = JSON.parse(await readFile(join(dir, 'articles', `${brief.id}.json`), 'utf8'));
    expect(Brief.parse(onDisk)).toEqual(brief);
    expect(await store.get(brief.id)).toEqual(brief);
    expect(store.list().briefs.map((summary) => summary.id)).toEqual([brief.id]);
  });

  it('uses the id factory', async () => {
    const store = await fixture.open(await fixture.tempDir(), { idFactory: () => 'brief-0001' });
    expect((await store.create()).id).toBe('brief-0001');
  });

  it('saves content, bumps the revision and updates the summary', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    const result = await store.save(brief.id, sampleContent('Stakes of scope', 'Five words in this body.'), 0);
    expect(result.revision).toBe(1);
    expect(result.summary).toMatchObject({ headline: 'Stakes of scope', section: 'Energy', wordCount: 5 });
    expect(result.updatedAt > brief.updatedAt).toBe(true);
    const stored = await store.get(brief.id);
    expect(stored).toMatchObject({ headline: 'Stakes of scope', revision: 1, createdAt: brief.createdAt });
    expect(store.list().briefs[0]).toEqual(result.summary);
  });

  it('lists briefs most recently updated first', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const first = await store.create();
    const second = await store.create();
    const third = await store.create();
    expect(store.list().briefs.map((row) => row.id)).toEqual([third.id, second.id, first.id]);
    await store.save(first.id, sampleContent('Now the newest'));
    expect(store.list().briefs.map((row) => row.id)).toEqual([first.id, third.id, second.id]);
  });

  it('duplicates a brief as a new draft with "(copy)"', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const original = await store.create();
    await store.save(original.id, { ...sampleContent('Port access'), status: 'ready' });
    const copy = await store.duplicate(original.id);
    expect(copy.id).not.toBe(original.id);
    expect(copy).toMatchObject({ headline: 'Port access (copy)', status: 'draft', revision: 0, trashedAt: null });
    expect(copy.body).toEqual(sampleContent('x').body);
    expect(copy.createdAt > original.createdAt).toBe(true);
    expect(await store.get(copy.id)).toEqual(copy);
    expect(store.list().briefs).toHaveLength(2);
  });

  it('trashes, restores and purges', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const kept = await store.create();
    const doomed = await store.create();

    const trashed = await store.trash(doomed.id);
    expect(trashed.trashedAt).not.toBeNull();
    expect(store.list().briefs.map((row) => row.id)).toEqual([kept.id]);
    expect(store.list({ trash: true }).briefs.map((row) => row.id)).toEqual([doomed.id]);
    expect((await store.get(doomed.id)).trashedAt).toBe(trashed.trashedAt);

    const restored = await store.restore(doomed.id);
    expect(restored.trashedAt).toBeNull();
    expect(store.list({ trash: true }).briefs).toEqual([]);

    await expect(store.purge(doomed.id)).rejects.toMatchObject({ code: 'invalid_input' });
    await store.trash(doomed.id);
    await store.purge(doomed.id);
    expect(store.list({ trash: true }).briefs).toEqual([]);
    expect(await readdir(join(dir, 'articles'))).toEqual([`${kept.id}.json`]);
    await expect(store.get(doomed.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('keeps a trashed brief in the Trash when it is saved', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    await store.trash(brief.id);
    const result = await store.save(brief.id, sampleContent('Edited in the Trash'));
    expect(result.summary.trashedAt).not.toBeNull();
  });

  it('answers not_found for unknown ids', async () => {
    const store = await fixture.open(await fixture.tempDir());
    await expect(store.get('no-such-brief')).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.save('no-such-brief', sampleContent('x'))).rejects.toMatchObject({ code: 'not_found' });
    await expect(store.trash('no-such-brief')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('rejects content that does not fit the schema and writes nothing', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await store.flush();
    const path = join(dir, 'articles', `${brief.id}.json`);
    const before = await readFile(path, 'utf8');
    const rowBefore = store.list().briefs;

    const badStatus = { ...sampleContent('x'), status: 'archived' };
    // @ts-expect-error: deliberately invalid content, as a buggy caller could send
    await expect(store.save(brief.id, badStatus)).rejects.toMatchObject({ code: 'invalid_input' });
    const badBody = { ...sampleContent('x'), body: { type: 'doc' as const, content: [{ type: 'noSuchNode' }] } };
    await expect(store.save(brief.id, badBody)).rejects.toMatchObject({
      code: 'invalid_input',
      message: expect.stringMatching(/editor's schema/),
    });

    await store.flush();
    expect(await readFile(path, 'utf8')).toBe(before);
    expect(store.list().briefs).toEqual(rowBefore);
    expect((await store.get(brief.id)).revision).toBe(0);
  });

  it('refuses a save based on a stale revision', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    await store.save(brief.id, sampleContent('First'), 0);
    await expect(store.save(brief.id, sampleContent('Stale'), 0)).rejects.toMatchObject({
      code: 'conflict',
      message: 'This brief was changed elsewhere (revision 1). Reload it to see the latest version.',
    });
    expect((await store.get(brief.id)).headline).toBe('First');
  });

  it('serializes quick saves of one brief', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    const saves = ['One', 'Two', 'Three', 'Four'].map((headline, index) => store.save(brief.id, sampleContent(headline), index));
    const results = await Promise.all(saves);
    expect(results.map((result) => result.revision)).toEqual([1, 2, 3, 4]);
    expect(await store.get(brief.id)).toMatchObject({ headline: 'Four', revision: 4 });
  });

  it('flush waits for writes that were not awaited', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    void store.save(brief.id, sampleContent('Written before flush returns'));
    await store.flush();
    const onDisk = Brief.parse(JSON.parse(await readFile(join(dir, 'articles', `${brief.id}.json`), 'utf8')));
    expect(onDisk.headline).toBe('Written before flush returns');
  });

  it('refuses changes when opened read-only, and after close', async () => {
    const dir = await fixture.tempDir();
    const writer = await fixture.open(dir);
    const brief = await writer.create();
    await fixture.close(writer);

    const reader = await fixture.open(dir, { readOnly: true });
    expect(reader.list().briefs).toHaveLength(1);
    expect((await reader.get(brief.id)).id).toBe(brief.id);
    await expect(reader.create()).rejects.toMatchObject({ code: 'io', message: expect.stringMatching(/read-only/) });
    await fixture.close(reader);
    await expect(reader.get(brief.id)).rejects.toMatchObject({ code: 'internal' });
  });
});
