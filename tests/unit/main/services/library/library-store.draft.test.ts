import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBriefdeskError } from '../../../../../shared/model/errors';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** The brief files in a library folder. */
async function articles(dir: string): Promise<string[]> {
  return readdir(join(dir, 'articles')).catch(() => []);
}

describe('LibraryStore: a new brief held until its first save', () => {
  it('makes a draft from the template as create does, but writes nothing', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const draft = store.draft();
    const created = await store.create();
    expect(draft).toMatchObject({ revision: 0, trashedAt: null, headline: '' });
    expect(draft.id).not.toBe(created.id);
    expect(draft.body).toEqual(created.body);
    expect(draft.section).toBe(created.section);
    expect(await articles(dir)).toEqual([`${created.id}.json`]);
    expect(store.list().briefs.map((row) => row.id)).toEqual([created.id]);
    await expect(store.get(draft.id)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses an unknown template', async () => {
    const store = await fixture.open(await fixture.tempDir());
    expect(() => store.draft('no-such-template')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('writes the file on the first save, with the draft’s id and creation time', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const draft = store.draft();
    const result = await store.save(draft.id, sampleContent('First words'), 0, { createdAt: draft.createdAt });
    expect(result.revision).toBe(1);
    expect(result.summary).toMatchObject({ id: draft.id, headline: 'First words', createdAt: draft.createdAt });
    expect(await store.get(draft.id)).toMatchObject({ headline: 'First words', revision: 1, createdAt: draft.createdAt });
    expect(await articles(dir)).toEqual([`${draft.id}.json`]);
    expect(store.list().briefs.map((row) => row.id)).toEqual([draft.id]);
  });

  it('a plain save of a draft never written is not_found; a second first save is a conflict', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const draft = store.draft();
    await expect(store.save(draft.id, sampleContent('Lost'), 0)).rejects.toMatchObject({ code: 'not_found' });
    await store.save(draft.id, sampleContent('Kept'), 0, { createdAt: draft.createdAt });
    const again = await store.save(draft.id, sampleContent('Over it'), 0, { createdAt: draft.createdAt }).catch((error: unknown) => error);
    expect(isBriefdeskError(again) && again.code).toBe('conflict');
    expect((await store.get(draft.id)).headline).toBe('Kept');
  });
});
