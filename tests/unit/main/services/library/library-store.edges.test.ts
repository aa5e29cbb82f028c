import { lstat, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

describe('LibraryStore: edges a user meets', () => {
  it('duplicates a brief whose headline is as long as allowed, keeping the copy within the limit', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const original = await store.create();
    const headline = `${'Port access and the winter grid '.repeat(13)}`.slice(0, 400);
    await store.save(original.id, sampleContent(headline));
    const copy = await store.duplicate(original.id);
    expect(copy.headline).toBe(`${headline.slice(0, 393)} (copy)`);
    expect(copy.headline).toHaveLength(400);
    expect((await store.get(copy.id)).headline).toBe(copy.headline);
  });

  it.each([
    ['Port access', '"Port access" is not in the Trash.'],
    ['', '"Untitled brief" is not in the Trash.'],
  ])('refuses to delete for good a brief not in the Trash, naming it (%j)', async (headline, named) => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    await store.save(brief.id, sampleContent(headline));
    await expect(store.purge(brief.id)).rejects.toMatchObject({
      code: 'invalid_input',
      message: `${named} Move it to the Trash before deleting it for good.`,
    });
    expect((await store.get(brief.id)).headline).toBe(headline);
  });

  it('trashing a brief already in the Trash keeps the time it was trashed', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const brief = await store.create();
    const first = await store.trash(brief.id);
    const again = await store.trash(brief.id);
    expect(again.trashedAt).toBe(first.trashedAt);
    expect((await store.get(brief.id)).trashedAt).toBe(first.trashedAt);
  });

  it('forgets a brief whose file was deleted outside Briefdesk, saying it is gone', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const kept = await store.create();
    const gone = await store.create();
    await store.flush();
    await rm(join(dir, 'articles', `${gone.id}.json`));
    await expect(store.get(gone.id)).rejects.toMatchObject({
      code: 'not_found',
      message: `There is no brief "${gone.id}" in this library.`,
    });
    expect(store.list().briefs.map((row) => row.id)).toEqual([kept.id]);
  });

  it('a save brings back the file of a brief deleted outside Briefdesk while it was being edited', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    const first = await store.save(brief.id, sampleContent('Written before the file vanished'), 0);
    await store.flush();
    const file = join(dir, 'articles', `${brief.id}.json`);
    await rm(file);
    const second = await store.save(brief.id, sampleContent('Written after the file vanished'), first.revision);
    expect(second.revision).toBe(first.revision + 1);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      headline: 'Written after the file vanished',
      createdAt: brief.createdAt,
    });
    expect((await store.get(brief.id)).headline).toBe('Written after the file vanished');
    expect(store.list().briefs.map((row) => row.id)).toEqual([brief.id]);
  });

  it('read-only, a brief damaged while open is reported and left where it is', async () => {
    const dir = await fixture.tempDir();
    const writer = await fixture.open(dir);
    const brief = await writer.create();
    await fixture.close(writer);
    const reader = await fixture.open(dir, { readOnly: true });
    await writeFile(join(dir, 'articles', `${brief.id}.json`), '{"half": ');
    await expect(reader.get(brief.id)).rejects.toMatchObject({ code: 'damaged' });
    expect(await readdir(join(dir, 'articles'))).toEqual([`${brief.id}.json`]);
    expect(await readdir(join(dir, 'quarantine'))).toEqual([]);
  });

  it('refuses to open a library whose library.json cannot be read, rather than start it afresh', async () => {
    const dir = await fixture.tempDir();
    const writer = await fixture.open(dir);
    await writer.create();
    await fixture.close(writer);
    // A link to itself: the file is there, but every read fails (ELOOP), as EACCES or EIO would.
    await rm(join(dir, 'library.json'));
    await symlink('library.json', join(dir, 'library.json'));
    await expect(fixture.open(dir)).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('library.json') });
    expect((await lstat(join(dir, 'library.json'))).isSymbolicLink()).toBe(true);
  });

  it('a closed library answers nothing more: briefs, templates and the desk library all say it is closed', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await fixture.close(store);
    const closed = { code: 'internal', message: 'This library has been closed.' };
    await expect(store.get(brief.id)).rejects.toMatchObject(closed);
    expect(() => store.templates.list()).toThrow(expect.objectContaining(closed));
    expect(() => store.deskLibrary.list()).toThrow(expect.objectContaining(closed));
  });

  it('makes the library folder when it does not exist yet, and names a folder that is a file', async () => {
    const parent = await fixture.tempDir();
    const store = await fixture.open(join(parent, 'Briefs', 'Energy'));
    await store.create();
    expect((await readdir(join(parent, 'Briefs', 'Energy'))).sort()).toEqual(expect.arrayContaining(['articles', 'assets', 'quarantine']));

    await writeFile(join(parent, 'taken'), 'a file');
    await expect(fixture.open(join(parent, 'taken'))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining(`"${join(parent, 'taken')}"`),
    });
  });

  it('deletes for good a brief in the Trash whose file is already gone', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await store.trash(brief.id);
    await store.flush();
    await rm(join(dir, 'articles', `${brief.id}.json`));
    await store.purge(brief.id);
    expect(store.list({ trash: true }).briefs).toEqual([]);
  });

  it.each([
    ['an id already in use', ['brief-0001', 'brief-0001']],
    ['an id that would leave the folder', ['brief-0001', '../brief-0002']],
  ])('never overwrites a brief or writes outside the library when the id source gives %s', async (_what, ids) => {
    const dir = await fixture.tempDir();
    const queue = [...ids];
    const store = await fixture.open(dir, { idFactory: () => queue.shift() ?? 'brief-9999' });
    const first = await store.create();
    await store.save(first.id, sampleContent('The first brief'));
    await expect(store.create()).rejects.toMatchObject({
      code: 'internal',
      message: `Could not make a new brief id ("${ids[1] ?? ''}" is not usable).`,
    });
    expect((await store.get(first.id)).headline).toBe('The first brief');
    expect(await readdir(join(dir, 'articles'))).toEqual(['brief-0001.json']);
  });

  it('names an id that is not in the library', async () => {
    const store = await fixture.open(await fixture.tempDir());
    await expect(store.get('brief-0404')).rejects.toMatchObject({
      code: 'not_found',
      message: 'There is no brief "brief-0404" in this library.',
    });
  });

  it('settles once the saves asked for so far are on disk', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    const saving = store.save(brief.id, sampleContent('Written before settle resolves'));
    await store.settle();
    expect(JSON.parse(await readFile(join(dir, 'articles', `${brief.id}.json`), 'utf8'))).toMatchObject({
      headline: 'Written before settle resolves',
    });
    await saving;
  });
});
