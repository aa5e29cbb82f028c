import { readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '../../../../../main/services/library/sqlite';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { searchableContent } from '../../search-fixtures';
import { sampleContent, steppingClock, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

const headlines = (store: LibraryStore): string[] => store.list().briefs.map((row) => row.headline);
const found = async (store: LibraryStore, query: string): Promise<string[]> =>
  (await store.search.search({ query, trash: false, offset: 0, limit: 50 })).results.map((hit) => hit.summary.headline);

/** A closed library of `count` briefs, each findable by its own word ("alpha0", "alpha1"…). */
async function closedLibrary(count: number): Promise<string> {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  for (let n = 0; n < count; n += 1) {
    await store.createFrom(searchableContent({ headline: `Brief ${n}`, body: `Only this one says alpha${n}.` }));
  }
  await fixture.close(store);
  return dir;
}

describe('LibraryStore: the index in index.db', () => {
  it('keeps rows and the full-text index across reopening without reading the brief files again', async () => {
    const dir = await closedLibrary(3);
    // Unreadable files would be set aside if they were read: an unchanged stamp means they are not.
    const store = await fixture.open(dir);
    await store.indexSynced();
    expect(headlines(store)).toEqual(['Brief 2', 'Brief 1', 'Brief 0']);
    expect(await found(store, 'alpha1')).toEqual(['Brief 1']);
    expect(store.indexProgress()).toEqual({ state: 'ready', done: 0, total: 0 });
  });

  it('repairs a crash between a brief file’s write and its index update: only that brief is read again', async () => {
    const dir = await closedLibrary(2);
    const store = await fixture.open(dir, { now: steppingClock(Date.parse('2025-04-01T09:00:00.000Z')) });
    const [first] = store.list().briefs;
    const saved = await store.save(
      first?.id ?? '',
      searchableContent({ headline: 'Saved before the crash', body: 'It mentions saltmarsh.' }),
    );
    const created = await store.createFrom(searchableContent({ headline: 'Created before the crash', body: 'And estuaries.' }));
    await fixture.crash(store);

    const reopened = await fixture.open(dir);
    await reopened.indexSynced();
    expect(headlines(reopened)).toEqual(['Created before the crash', 'Saved before the crash', 'Brief 0']);
    expect(reopened.indexProgress().state).toBe('ready');
    expect(await found(reopened, 'saltmarsh')).toEqual(['Saved before the crash']);
    expect(await found(reopened, 'estuaries')).toEqual(['Created before the crash']);
    expect(await found(reopened, 'alpha1')).toEqual([]);
    // The next save builds on the revision in the file, not the stale row.
    expect((await reopened.save(first?.id ?? '', sampleContent('Again'), saved.revision)).revision).toBe(saved.revision + 1);
    expect((await reopened.get(created.id)).headline).toBe('Created before the crash');
  });

  it('follows files changed, added and removed behind its back; a file only touched is not parsed again', async () => {
    const dir = await closedLibrary(3);
    const store = await fixture.open(dir);
    const [newest, middle, oldest] = store.list().briefs.map((row) => row.id);
    await fixture.close(store);
    const path = (id: string | undefined) => join(dir, 'articles', `${id ?? ''}.json`);

    const edited = JSON.parse(await readFile(path(middle), 'utf8')) as Record<string, unknown>;
    await writeFile(path(middle), JSON.stringify({ ...edited, headline: 'Edited by hand' }, null, 2));
    await rm(path(oldest));
    const copy = JSON.parse(await readFile(path(newest), 'utf8')) as Record<string, unknown>;
    await writeFile(path('copied-in-by-hand'), JSON.stringify({ ...copy, id: 'copied-in-by-hand', headline: 'Copied in' }));
    await utimes(path(newest), new Date(), new Date(Date.now() + 5_000));

    const reopened = await fixture.open(dir);
    await reopened.indexSynced();
    expect(headlines(reopened).sort()).toEqual(['Brief 2', 'Copied in', 'Edited by hand']);
    expect(await found(reopened, 'alpha0')).toEqual([]);
    expect(reopened.list().damaged).toEqual([]);
  });

  it('opened read-only, takes the rows index.db has without reading the brief files again, and leaves index.db as it was', async () => {
    const dir = await closedLibrary(3);
    const store = await fixture.open(dir);
    const [, middle] = store.list().briefs.map((row) => row.id);
    await fixture.close(store);
    const path = join(dir, 'articles', `${middle ?? ''}.json`);
    // A whole-millisecond mtime, recorded in index.db by a reopening (the file is only touched).
    const stamp = new Date('2025-03-01T08:00:00.000Z');
    await utimes(path, stamp, stamp);
    await fixture.close(await fixture.open(dir));
    // Same size and mtime, but no longer a brief: read again, it would be reported as damaged.
    await writeFile(path, 'x'.repeat((await stat(path)).size));
    await utimes(path, stamp, stamp);
    const indexBytes = await readFile(join(dir, 'index.db'));

    const readOnly = await fixture.open(dir, { readOnly: true });
    await readOnly.indexSynced();
    expect(headlines(readOnly)).toEqual(['Brief 2', 'Brief 1', 'Brief 0']);
    expect(readOnly.list().damaged).toEqual([]);
    await fixture.close(readOnly);
    expect((await readFile(join(dir, 'index.db'))).equals(indexBytes)).toBe(true);
  });

  for (const [damage, spoil] of [
    ['deleted', (db: string) => rm(db)],
    ['filled with garbage', (db: string) => writeFile(db, Buffer.alloc(64 * 1024, 0x5a))],
    ['cut short', async (db: string) => truncate(db, Math.floor((await stat(db)).size / 2))],
    [
      'of another index version',
      async (db: string) => {
        const sql = openSqlite(db);
        sql.exec('PRAGMA user_version = 99');
        sql.close();
      },
    ],
  ] as const) {
    it(`rebuilds an index.db ${damage} from the brief files, showing its progress, the damaged one in quarantine`, async () => {
      const dir = await closedLibrary(40);
      const briefsBefore = await readFile(join(dir, 'articles', (await readdir(join(dir, 'articles')))[0] ?? ''));
      await spoil(join(dir, 'index.db'));

      const store = await fixture.open(dir, { indexSync: 'later' });
      expect(store.indexProgress().state).toBe('rebuilding');
      expect(store.list().total).toBe(0);
      store.startIndexSync();
      await store.indexSynced();
      expect(store.list().total).toBe(40);
      expect(await found(store, 'alpha17')).toEqual(['Brief 17']);
      expect(store.indexProgress().state).toBe('ready');
      expect(store.list().damaged).toEqual([]);
      const quarantined = await readdir(join(dir, 'quarantine'));
      expect(quarantined.some((name) => /^index\..+\.db$/.test(name))).toBe(damage !== 'deleted');
      expect(await readFile(join(dir, 'articles', (await readdir(join(dir, 'articles')))[0] ?? ''))).toEqual(briefsBefore);
    });
  }

  it('saves, reads and lists a brief the rebuild has not reached yet', async () => {
    const dir = await closedLibrary(5);
    await rm(join(dir, 'index.db'));
    const store = await fixture.open(dir, { indexSync: 'later', now: steppingClock(Date.parse('2025-04-01T09:00:00.000Z')) });
    const id = JSON.parse(await readFile(join(dir, 'articles', (await readdir(join(dir, 'articles')))[0] ?? ''), 'utf8')).id as string;
    const brief = await store.get(id);
    const saved = await store.save(id, searchableContent({ headline: 'Saved mid-rebuild', body: 'Halfway.' }), brief.revision);
    expect(saved.revision).toBe(brief.revision + 1);
    expect(headlines(store)).toEqual(['Saved mid-rebuild']);
    store.startIndexSync();
    await store.indexSynced();
    expect(store.list().total).toBe(5);
    expect(headlines(store)[0]).toBe('Saved mid-rebuild');
    expect(await found(store, 'halfway')).toEqual(['Saved mid-rebuild']);
  });

  it('sorts and filters the list in the index, a window at a time', async () => {
    const clock = { now: Date.parse('2025-05-01T12:00:00.000Z') };
    const store = await fixture.open(await fixture.tempDir(), { now: () => new Date((clock.now += 60_000)) });
    const make = (headline: string, status: 'draft' | 'review' | 'ready' | 'published', section: string, tags: string[]) =>
      store.createFrom(searchableContent({ headline, status, section, tags }));
    await make('Zinc output', 'ready', 'Markets', ['metals']);
    await make('árbol census', 'draft', 'Forestry', ['trees', 'Census']);
    await make('Bauxite mines', 'published', '', ['metals']);
    await make('', 'review', 'Markets', []);
    const list = (options: Parameters<LibraryStore['list']>[0]) => store.list(options).briefs.map((row) => row.headline);
    expect(list({})).toEqual(['', 'Bauxite mines', 'árbol census', 'Zinc output']);
    expect(list({ sort: 'headline' })).toEqual(['árbol census', 'Bauxite mines', 'Zinc output', '']);
    expect(list({ sort: 'status' })).toEqual(['árbol census', '', 'Zinc output', 'Bauxite mines']);
    expect(list({ sort: 'section' })).toEqual(['árbol census', '', 'Zinc output', 'Bauxite mines']);
    expect(list({ tag: 'METALS' })).toEqual(['Bauxite mines', 'Zinc output']);
    expect(list({ section: 'markets', status: 'ready' })).toEqual(['Zinc output']);
    const window = store.list({ sort: 'headline', offset: 1, limit: 2 });
    expect(window.briefs.map((row) => row.headline)).toEqual(['Bauxite mines', 'Zinc output']);
    expect(window.total).toBe(4);
    expect(store.facets()).toEqual({
      tags: [
        { value: 'Census', count: 1 },
        { value: 'metals', count: 2 },
        { value: 'trees', count: 1 },
      ],
      sections: [
        { value: 'Forestry', count: 1 },
        { value: 'Markets', count: 2 },
      ],
    });
  });
});
