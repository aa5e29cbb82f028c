import { readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryLock } from '../../../../../main/services/library/lock';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A library with two good briefs, closed, plus the paths of their files. */
async function libraryWithTwoBriefs() {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  const good = await store.create();
  await store.save(good.id, sampleContent('Still fine'));
  const victim = await store.create();
  await store.save(victim.id, sampleContent('About to be damaged'));
  await fixture.close(store);
  return { dir, goodId: good.id, victimId: victim.id, victimPath: join(dir, 'articles', `${victim.id}.json`) };
}

describe('LibraryStore: damaged brief files', () => {
  it('moves a file that is not JSON to quarantine, byte for byte, and keeps working', async () => {
    const { dir, goodId, victimId, victimPath } = await libraryWithTwoBriefs();
    const garbage = Buffer.from('{"schemaVersion": 1, "id": oops');
    await writeFile(victimPath, garbage);

    const store = await fixture.open(dir);
    const { briefs, damaged } = store.list();
    expect(briefs.map((row) => row.id)).toEqual([goodId]);
    expect(damaged).toEqual([expect.objectContaining({ id: victimId, reason: expect.stringMatching(/^Not valid JSON: .+/) })]);
    const movedTo = damaged[0]?.movedTo ?? '';
    expect(movedTo).toMatch(new RegExp(`^quarantine[/\\\\]${victimId}\\..+\\.json$`));
    expect(await readFile(join(dir, movedTo))).toEqual(garbage);
    await expect(stat(victimPath)).rejects.toMatchObject({ code: 'ENOENT' });

    expect((await store.save(goodId, sampleContent('Saved after the damage'))).revision).toBe(2);
    await expect(store.get(victimId)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('moves valid JSON that is not a brief to quarantine with the schema problem', async () => {
    const { dir, goodId, victimPath } = await libraryWithTwoBriefs();
    const stored: Record<string, unknown> = JSON.parse(await readFile(victimPath, 'utf8'));
    const text = JSON.stringify({ ...stored, headline: 42 }, null, 2);
    await writeFile(victimPath, text);

    const store = await fixture.open(dir);
    expect(store.list().briefs.map((row) => row.id)).toEqual([goodId]);
    const [entry] = store.list().damaged;
    expect(entry?.reason).toBe('Does not match the brief format: headline: expected string, received number');
    expect(await readFile(join(dir, entry?.movedTo ?? ''), 'utf8')).toBe(text);
  });

  it('rejects a body the editor cannot open, and a file whose id does not match its name', async () => {
    const { dir, goodId, victimPath } = await libraryWithTwoBriefs();
    const stored: Record<string, unknown> = JSON.parse(await readFile(victimPath, 'utf8'));
    await writeFile(victimPath, JSON.stringify({ ...stored, body: { type: 'doc', content: [{ type: 'marquee' }] } }));
    await writeFile(join(dir, 'articles', 'renamed-brief.json'), JSON.stringify({ ...stored, headline: 'Moved' }));

    const store = await fixture.open(dir);
    expect(store.list().briefs.map((row) => row.id)).toEqual([goodId]);
    const reasons = store
      .list()
      .damaged.map((entry) => entry.reason)
      .sort();
    expect(reasons).toEqual([expect.stringMatching(/editor's schema/), expect.stringMatching(/does not match the brief id/)]);
  });

  it('remembers damaged files across reopening', async () => {
    const { dir, victimId, victimPath } = await libraryWithTwoBriefs();
    await writeFile(victimPath, 'not json');
    await fixture.close(await fixture.open(dir));
    const store = await fixture.open(dir);
    expect(store.list().damaged.map((entry) => entry.id)).toEqual([victimId]);
  });

  it('quarantines a brief damaged while the library is open when it is read', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await writeFile(join(dir, 'articles', `${brief.id}.json`), '');
    await expect(store.get(brief.id)).rejects.toMatchObject({ code: 'damaged', message: expect.stringMatching(/quarantine/) });
    expect(store.list().briefs).toEqual([]);
    expect(store.list().damaged).toEqual([expect.objectContaining({ id: brief.id })]);
  });

  it('in read-only mode reports damaged files without moving anything', async () => {
    const { dir, goodId, victimId, victimPath } = await libraryWithTwoBriefs();
    await writeFile(victimPath, '[');
    const before = await readdir(dir, { recursive: true });
    const libraryBefore = await readFile(join(dir, 'library.json'));

    const store = await fixture.open(dir, { readOnly: true });
    expect(store.list().briefs.map((row) => row.id)).toEqual([goodId]);
    expect(store.list().damaged).toEqual([expect.objectContaining({ id: victimId, movedTo: join('articles', `${victimId}.json`) })]);
    expect((await readdir(dir, { recursive: true })).sort()).toEqual(before.sort());
    expect(await readFile(join(dir, 'library.json'))).toEqual(libraryBefore);
  });

  it('rebuilds a damaged library.json from the brief files', async () => {
    const { dir, goodId, victimId } = await libraryWithTwoBriefs();
    await writeFile(join(dir, 'library.json'), '{"schemaVersion": 1, "rows": ');
    const store = await fixture.open(dir);
    expect(
      store
        .list()
        .briefs.map((row) => row.id)
        .sort(),
    ).toEqual([goodId, victimId].sort());
    expect((await readdir(join(dir, 'quarantine'))).some((name) => name.startsWith('library.'))).toBe(true);
    JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
  });

  it('refuses a library.json written by a newer Briefdesk', async () => {
    const dir = await fixture.tempDir();
    await writeFile(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 99, rows: {}, damaged: [] }));
    await expect(fixture.open(dir)).rejects.toMatchObject({ code: 'unsupported' });
    // The lock was let go: nothing names this process as its holder, and it can be taken again.
    await expect(stat(join(dir, '.lock-owner'))).rejects.toMatchObject({ code: 'ENOENT' });
    await (await LibraryLock.acquire(dir)).release();
  });

  it('removes temp files left by a crashed write', async () => {
    const { dir } = await libraryWithTwoBriefs();
    const leftovers = [join(dir, 'articles', '.x.json.0123456789ab.tmp'), join(dir, '.library.json.0123456789ab.tmp')];
    await Promise.all(leftovers.map((path) => writeFile(path, 'half')));
    await writeFile(join(dir, 'articles', 'notes.txt'), 'not ours');
    await fixture.open(dir);
    for (const path of leftovers) await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readFile(join(dir, 'articles', 'notes.txt'), 'utf8')).toBe('not ours');
  });
});
