import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverableBriefs, restoreNewestGoodVersion } from '../../../../../main/services/backup/newest-good-revision';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A brief saved three times with a named version after the first two saves; the library closed. */
async function briefWithHistory() {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  const brief = await store.create();
  await store.save(brief.id, sampleContent('Dockworkers vote on the new shift pattern'));
  const first = await store.revisions.saveVersion(brief.id, 'First draft');
  await store.save(brief.id, sampleContent('Dockworkers accept the new shift pattern'));
  const second = await store.revisions.saveVersion(brief.id, 'Second draft');
  await store.save(brief.id, sampleContent('Dockworkers accept the new shift pattern, narrowly'));
  const plain = await store.create();
  await fixture.close(store);
  return { dir, id: brief.id, plainId: plain.id, first, second };
}

describe('Restore newest good version of a damaged brief', () => {
  it('recreates the brief under its id from its newest revision that still reads, skipping a damaged one', async () => {
    const { dir, id, plainId, first, second } = await briefWithHistory();
    await writeFile(join(dir, 'articles', `${id}.json`), '{"truncated": ');
    await writeFile(join(dir, 'articles', `${plainId}.json`), '');
    await writeFile(join(dir, 'revisions', id, `${second.id}.json`), 'garbage');

    const store = await fixture.open(dir);
    expect(
      store
        .list()
        .damaged.map((entry) => entry.id)
        .sort(),
    ).toEqual([id, plainId].sort());
    // The brief without any revision is not offered.
    expect(await recoverableBriefs(store)).toEqual([
      { id, revisionId: first.id, createdAt: first.createdAt, headline: 'Dockworkers vote on the new shift pattern' },
    ]);

    const brief = await restoreNewestGoodVersion(store, id);
    expect(brief).toMatchObject({ id, headline: 'Dockworkers vote on the new shift pattern', revision: first.briefRevision + 1 });
    expect((await store.get(id)).headline).toBe('Dockworkers vote on the new shift pattern');
    expect(store.list().briefs.map((row) => row.id)).toContain(id);
    expect(store.list().damaged.map((entry) => entry.id)).toEqual([plainId]);
    expect(await recoverableBriefs(store)).toEqual([]);
    await expect(restoreNewestGoodVersion(store, id)).rejects.toMatchObject({ code: 'conflict' });
    await expect(restoreNewestGoodVersion(store, plainId)).rejects.toMatchObject({
      code: 'not_found',
      message: 'This brief has no earlier version that can be restored.',
    });
    // The damaged file itself stays in quarantine.
    expect((await readdir(join(dir, 'quarantine'))).some((name) => name.startsWith(`${id}.`))).toBe(true);

    await store.save(id, sampleContent('Edited after coming back'), brief.revision);
    await fixture.close(store);
    const again = await fixture.open(dir);
    expect((await again.get(id)).headline).toBe('Edited after coming back');
    expect(again.list().damaged.map((entry) => entry.id)).toEqual([plainId]);
  });
});
