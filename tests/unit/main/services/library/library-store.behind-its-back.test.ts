import { mkdir, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A library with one saved brief (two revisions), its file's path and the library.json text. */
async function libraryWithOneBrief(headline = 'Ports brace for a quieter season') {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  const brief = await store.createFrom(sampleContent(headline));
  await store.save(brief.id, sampleContent(headline, 'A second look at the numbers.'), 0);
  await store.flush();
  return { dir, store, id: brief.id, file: join(dir, 'articles', `${brief.id}.json`) };
}

describe('LibraryStore: brief files changed behind its back', () => {
  it('shows a brief edited outside Briefdesk as its file now says, in the brief and in the list', async () => {
    const { store, id, file } = await libraryWithOneBrief();
    const onDisk = JSON.parse(await readFile(file, 'utf8'));
    await writeFile(file, JSON.stringify({ ...onDisk, headline: 'Edited in another program' }, null, 2));
    expect((await store.get(id)).headline).toBe('Edited in another program');
    expect(store.list().briefs.map((row) => row.headline)).toEqual(['Edited in another program']);
  });

  it('notices an edit that kept the size and time of the file (a sync tool restoring times): the content decides', async () => {
    const { store, id, file } = await libraryWithOneBrief('Ports brace for a quieter season');
    // A whole-second time the index takes in, so that it can be put back exactly.
    const when = new Date('2025-05-01T10:00:00.000Z');
    await utimes(file, when, when);
    await store.get(id);
    const before = await stat(file);
    const text = await readFile(file, 'utf8');
    const edited = text.replace('Ports brace for a quieter season', 'Ports brace for a quieter summer');
    expect(edited.length).toBe(text.length);
    await writeFile(file, edited);
    await utimes(file, when, when);
    const after = await stat(file);
    expect([after.size, after.mtimeMs]).toEqual([before.size, before.mtimeMs]);

    expect((await store.get(id)).headline).toBe('Ports brace for a quieter summer');
    expect(store.list().briefs.map((row) => row.headline)).toEqual(['Ports brace for a quieter summer']);
  });

  it('reports a brief file it cannot read as it is, and leaves it where it is', async () => {
    const { dir, store, id, file } = await libraryWithOneBrief();
    const history = await readdir(join(dir, 'revisions', id));
    expect(history.length).toBeGreaterThan(0);
    // Something else now stands where the file was: reading it fails, which is not damage to set aside.
    await rm(file);
    await mkdir(file);
    await expect(store.get(id)).rejects.toMatchObject({ code: 'io' });
    await expect(store.purge(id)).rejects.toMatchObject({ code: 'io' });
    expect((await stat(file)).isDirectory()).toBe(true);
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
    expect(await readdir(join(dir, 'revisions', id))).toEqual(history);
  });

  it('says a brief in the Trash whose file was deleted is gone when it is trashed again, and forgets it', async () => {
    const { store, id, file } = await libraryWithOneBrief();
    await store.trash(id);
    await store.flush();
    await rm(file);
    await expect(store.trash(id)).rejects.toMatchObject({ code: 'not_found', message: `There is no brief "${id}" in this library.` });
    expect(store.list({ trash: true }).briefs).toEqual([]);
  });
});

describe('LibraryStore: ids that would lead out of the library folder', () => {
  it.each(['../library', '../templates', '..', 'articles/../../library'])(
    'answers "%s" as no such brief, reading, moving and deleting nothing',
    async (id) => {
      const { dir, store } = await libraryWithOneBrief();
      const before = await readdir(dir);
      const libraryText = await readFile(join(dir, 'library.json'), 'utf8');
      const notFound = { code: 'not_found', message: `There is no brief "${id}" in this library.` };
      await expect(store.get(id)).rejects.toMatchObject(notFound);
      await expect(store.trash(id)).rejects.toMatchObject(notFound);
      await expect(store.purge(id)).rejects.toMatchObject(notFound);
      await expect(store.save(id, sampleContent('Nowhere'), 0)).rejects.toMatchObject(notFound);
      // And the history of such an id is no folder: removing it removes nothing.
      await expect(store.revisions.removeAll(id)).rejects.toMatchObject(notFound);
      await expect(store.revisions.list(id)).rejects.toMatchObject({ code: 'not_found' });
      expect(await readdir(dir)).toEqual(before);
      expect(await readFile(join(dir, 'library.json'), 'utf8')).toBe(libraryText);
      expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
    },
  );
});
