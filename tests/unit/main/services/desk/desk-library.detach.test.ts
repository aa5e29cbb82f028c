import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../../shared/model/brief';
import { contentWithBody, desk, harbourDesk, para } from '../../../support/body-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

async function briefOnDisk(dir: string, id: string): Promise<Brief> {
  return Brief.parse(JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')));
}

/** A library with a block, two briefs synced to it (one in the Trash) and one that is not. */
async function libraryWithSyncedBriefs() {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  const block = await store.deskLibrary.save(harbourDesk());
  const stale = desk({ title: 'Stale title', libraryRef: block.id }, para('Last known copy.'));
  const first = await store.create();
  await store.save(first.id, contentWithBody('Synced, live', para('Intro.'), stale, para('After.')));
  const second = await store.create();
  await store.save(second.id, contentWithBody('Synced, trashed', { type: 'blockquote', content: [stale] }));
  await store.trash(second.id);
  const unrelated = await store.create();
  await store.save(unrelated.id, contentWithBody('Own desk', desk({ title: 'Mine' }, para('Mine.'))));
  return { dir, store, block, first: first.id, second: second.id, unrelated: unrelated.id };
}

describe('desk library: usage and deletion', () => {
  it('finds the briefs that use a block from the index, live and trashed', async () => {
    const { store, block, first, second } = await libraryWithSyncedBriefs();
    const usage = store.deskLibrary.usage(block.id);
    expect(usage.briefs.map((row) => row.id)).toEqual([second, first]);
    expect(usage.briefs[0]).toMatchObject({ headline: 'Synced, trashed', trashedAt: expect.any(String) });
    const other = await store.deskLibrary.save(harbourDesk({ name: 'Unused' }));
    expect(store.deskLibrary.usage(other.id)).toEqual({ briefs: [] });
  });

  it('detaches the copies in the brief files before deleting, with the library text and revision + 1', async () => {
    const { dir, store, block, first, second, unrelated } = await libraryWithSyncedBriefs();
    const before = await Promise.all([first, second, unrelated].map((id) => briefOnDisk(dir, id)));

    const result = await store.deskLibrary.delete(block.id);
    expect(result.detached.sort()).toEqual([first, second].sort());
    expect(store.deskLibrary.list()).toEqual([]);

    const detachedDesk = desk(
      { title: block.title, deskName: block.deskName, series: block.series, publication: block.publication, libraryRef: null },
      ...block.content,
    );
    const [firstAfter, secondAfter, unrelatedAfter] = await Promise.all([first, second, unrelated].map((id) => briefOnDisk(dir, id)));
    expect(firstAfter?.body.content).toEqual([para('Intro.'), detachedDesk, para('After.')]);
    expect(firstAfter?.revision).toBe((before[0]?.revision ?? 0) + 1);
    expect(secondAfter?.body.content).toEqual([{ type: 'blockquote', content: [detachedDesk] }]);
    expect(secondAfter?.revision).toBe((before[1]?.revision ?? 0) + 1);
    expect(secondAfter?.trashedAt).not.toBeNull();
    expect(unrelatedAfter).toEqual(before[2]);
  });

  it('makes an editor holding the old revision get a conflict, not overwrite the copy', async () => {
    const { store, block, first } = await libraryWithSyncedBriefs();
    const editorsCopy = await store.get(first);
    await store.deskLibrary.delete(block.id);
    await expect(store.save(first, contentWithBody('Stale editor', para('Typed meanwhile.')), editorsCopy.revision)).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('keeps the index right across a reopen: the detached briefs no longer count as users', async () => {
    const { dir, store, block, first } = await libraryWithSyncedBriefs();
    const kept = await store.deskLibrary.save(harbourDesk({ name: 'Second block' }));
    await store.save(first, contentWithBody('Now uses both', desk({ libraryRef: block.id }), desk({ libraryRef: kept.id })));
    await store.deskLibrary.delete(block.id);
    await fixture.close(store);

    const reopened = await fixture.open(dir);
    expect(reopened.deskLibrary.list().map((item) => item.id)).toEqual([kept.id]);
    expect(reopened.deskLibrary.usage(kept.id).briefs.map((row) => row.id)).toEqual([first]);
    const body = (await reopened.get(first)).body.content ?? [];
    expect(body.map((node) => node.attrs?.libraryRef)).toEqual([null, kept.id]);
  });

  it('rebuilds the rows of a library.json from before desk references (format 1)', async () => {
    const { dir, store, block, first, second } = await libraryWithSyncedBriefs();
    await fixture.close(store);
    const path = join(dir, 'library.json');
    // A format-1 library: its rows (without desk references) in library.json, no index.db.
    await writeFile(path, JSON.stringify({ schemaVersion: 1, rows: {}, damaged: [] }));
    await rm(join(dir, 'index.db'));

    const reopened = await fixture.open(dir);
    expect(reopened.deskLibrary.usage(block.id).briefs.map((row) => row.id)).toEqual([second, first]);
    expect(reopened.list({ trash: true }).briefs.map((row) => row.id)).toEqual([second]);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ schemaVersion: 3 });
  });
});
