import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inProcessReader } from '../../../../../main/services/library/index-reader';
import { ReaderPool } from '../../../../../main/services/library/index-reader-pool';
import { openSqlite } from '../../../../../main/services/library/sqlite';
import { searchableContent } from '../../search-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** The reader thread as the shells run it (the unit tests' global setup builds dist/). */
const BUILT_READER = new URL('../../../../../dist/web/index-worker.js', import.meta.url);

/** More than the number of files from which a rebuild reads on threads. */
const BRIEFS = 240;

const WORDS = ['harbour', 'Café', 'naïve', 'Zürich', '我们的港口', 'estuary', 'тундра', 'grid', 'tariff', 'ledger'];

/** A library of `count` briefs written by saves (each indexed as a save indexes it), closed. */
async function savedLibrary(count: number): Promise<string> {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  for (let n = 0; n < count; n += 1) {
    const word = WORDS[n % WORDS.length] ?? '';
    await store.createFrom(
      searchableContent({
        headline: `${word} brief ${n}`,
        standfirst: `Standfirst ${n} about ${WORDS[(n + 3) % WORDS.length] ?? ''}.`,
        body: `Body ${n}: the ${word} and the ${WORDS[(n + 5) % WORDS.length] ?? ''}, unique${n}.`,
        takeaways: n % 3 === 0 ? [`Takeaway ${n}`, `Another ${word}`] : undefined,
        desk: n % 4 === 0 ? { title: 'Desk', text: `Desk text ${n} ${word}` } : undefined,
        tags: [`tag${n % 7}`, word],
        status: n % 5 === 0 ? 'review' : 'draft',
        section: `Section ${n % 4}`,
      }),
    );
  }
  await fixture.close(store);
  return dir;
}

/** The id of the brief file written first (the rebuild reads it first). */
async function oldestBrief(articles: string): Promise<string> {
  const files = await Promise.all(
    (await readdir(articles)).map(async (name) => ({ name, mtimeMs: (await stat(join(articles, name))).mtimeMs })),
  );
  const [first] = files.sort((a, b) => a.mtimeMs - b.mtimeMs);
  return (first?.name ?? '').replace(/\.json$/, '');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Everything index.db holds, keyed by brief id instead of document number (which differ between two builds). */
function dumpIndex(dataDir: string): Record<string, unknown> {
  const db = openSqlite(join(dataDir, 'index.db'), { readOnly: true, mustExist: true });
  try {
    const ids = new Map<unknown, unknown>();
    const briefs: Record<string, unknown> = {};
    for (const row of db.prepare('SELECT * FROM briefs ORDER BY id').all()) {
      if (!isRecord(row)) continue;
      const { doc, ...rest } = row;
      ids.set(doc, row.id);
      briefs[String(row.id)] = rest;
    }
    const byId = (sql: string): string[] =>
      db
        .prepare(sql)
        .all()
        .map((row) => (isRecord(row) ? JSON.stringify({ ...row, doc: ids.get(row.doc) }) : ''))
        .sort();
    db.exec('CREATE VIRTUAL TABLE temp.instances USING fts5vocab(main, fts, instance)');
    return {
      briefs,
      tags: byId('SELECT doc, tag_key, tag FROM brief_tags'),
      deskRefs: byId('SELECT doc, block_id FROM desk_refs'),
      texts: byId('SELECT doc, data FROM texts'),
      fullText: byId('SELECT doc, term, col, offset FROM temp.instances'),
      terms: byId('SELECT term FROM terms'),
    };
  } finally {
    db.close();
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('ReaderPool: a rebuild reads the brief files on reader threads', () => {
  it('gives exactly the rows, texts, tags, full-text entries and words that saving each brief gave', async () => {
    expect(existsSync(BUILT_READER), 'dist/web/index-worker.js is built').toBe(true);
    const dir = await savedLibrary(BRIEFS);
    const saved = dumpIndex(dir);
    await rm(join(dir, 'index.db'));
    const pools: ReaderPool[] = [];
    const start = ReaderPool.start.bind(ReaderPool);
    vi.spyOn(ReaderPool, 'start').mockImplementation((...args) => {
      const pool = start(...args);
      pools.push(pool);
      return pool;
    });

    const store = await fixture.open(dir, { readerScript: BUILT_READER });
    expect(store.list().total).toBe(BRIEFS);
    expect(store.list().damaged).toEqual([]);
    await fixture.close(store);

    expect(pools).toHaveLength(1);
    // Every slice came from a thread: none was read on the main thread instead.
    expect(pools[0]?.answered).toBe(Math.ceil(BRIEFS / 32));
    expect(dumpIndex(dir)).toEqual(saved);
  });

  it('reports a damaged brief file met during the rebuild, sets it aside and indexes every other brief', async () => {
    const dir = await savedLibrary(BRIEFS);
    const articles = join(dir, 'articles');
    await writeFile(join(articles, 'cut-short.json'), '{"schemaVersion": 1, "id": "cut-sh');
    await writeFile(join(articles, 'not-a-brief.json'), JSON.stringify({ id: 'not-a-brief', headline: 42 }));
    await rm(join(dir, 'index.db'));

    const store = await fixture.open(dir, { readerScript: BUILT_READER });
    const listing = store.list();
    expect(listing.total).toBe(BRIEFS);
    expect(listing.damaged.map((entry) => entry.id).sort()).toEqual(['cut-short', 'not-a-brief']);
    expect(listing.damaged.find((entry) => entry.id === 'cut-short')?.reason).toMatch(/^Not valid JSON/);
    expect(listing.damaged.find((entry) => entry.id === 'not-a-brief')?.reason).toMatch(/^Does not match the brief format: .*headline/);
    const quarantined = await readdir(join(dir, 'quarantine'));
    expect(quarantined.filter((name) => name.startsWith('cut-short') || name.startsWith('not-a-brief'))).toHaveLength(2);
    expect((await readdir(articles)).filter((name) => name.endsWith('.json'))).toHaveLength(BRIEFS);
    const found = await store.search.search({ query: 'unique117', trash: false, offset: 0, limit: 10 });
    expect(found.results.map((hit) => hit.summary.headline)).toEqual([`${WORDS[117 % WORDS.length] ?? ''} brief 117`]);
  });

  it('keeps a save made while the threads read: a brief read before it was saved is not put back as it was', async () => {
    const dir = await savedLibrary(BRIEFS);
    await rm(join(dir, 'index.db'));
    const oldest = await oldestBrief(join(dir, 'articles'));
    const pools: ReaderPool[] = [];
    const start = ReaderPool.start.bind(ReaderPool);
    vi.spyOn(ReaderPool, 'start').mockImplementation((...args) => {
      const pool = start(...args);
      pools.push(pool);
      return pool;
    });
    const store = await fixture.open(dir, { readerScript: BUILT_READER, indexSync: 'later' });
    store.startIndexSync();
    // The oldest file is read first: once a thread has answered a slice, it has been read as it was.
    while ((pools[0]?.answered ?? 0) === 0) await new Promise((resolve) => setTimeout(resolve, 2));
    const saved = await store.save(oldest, searchableContent({ headline: 'Saved during the rebuild', body: 'Now about quinces.' }));
    await store.indexSynced();

    expect(store.indexProgress().state).toBe('ready');
    expect(store.list().total).toBe(BRIEFS);
    const found = await store.search.search({ query: 'quinces', trash: false, offset: 0, limit: 10 });
    expect(found.results.map((hit) => hit.summary.headline)).toEqual(['Saved during the rebuild']);
    expect((await store.search.search({ query: 'unique0', trash: false, offset: 0, limit: 10 })).results).toEqual([]);
    // The next save builds on the saved revision: the row was not put back to the file read before.
    expect((await store.save(oldest, searchableContent({ headline: 'Again' }), saved.revision)).revision).toBe(saved.revision + 1);
  });

  it('reads on the main thread what a thread that cannot start was given, with the same outcomes', async () => {
    const dir = await savedLibrary(3);
    const articles = join(dir, 'articles');
    const ids = (await readdir(articles)).map((name) => name.replace(/\.json$/, ''));
    const requests = [...ids, 'missing'].map((id) => ({ id, knownHash: null }));
    const broken = join(dir, 'broken-reader');
    await mkdir(broken);
    await writeFile(join(broken, 'reader.mjs'), 'throw new Error("this reader cannot start");\n');

    const pool = ReaderPool.start(pathToFileURL(join(broken, 'reader.mjs')), articles, 2);
    try {
      const outcomes = await pool.read(requests);
      expect(outcomes).toEqual(await inProcessReader(articles).read(requests));
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['document', 'document', 'document', 'gone']);
      expect(pool.answered).toBe(0);
    } finally {
      await pool.close();
    }
  });
});
