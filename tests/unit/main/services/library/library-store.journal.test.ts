import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Brief } from '../../../../../shared/model/brief';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

async function journalLines(dir: string): Promise<unknown[]> {
  const text = await readFile(join(dir, 'library.journal'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line): unknown => JSON.parse(line));
}

async function indexRows(dir: string): Promise<Record<string, { headline: string; revision: number }>> {
  const parsed: { rows: Record<string, { headline: string; revision: number }> } = JSON.parse(
    await readFile(join(dir, 'library.json'), 'utf8'),
  );
  return parsed.rows;
}

describe('LibraryStore: index journal', () => {
  it('a save writes the brief and one journal line, and leaves library.json alone', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    const libraryPath = join(dir, 'library.json');
    const bytesBefore = await readFile(libraryPath);
    const mtimeBefore = (await stat(libraryPath)).mtimeMs;
    const linesBefore = (await journalLines(dir)).length;

    await store.save(brief.id, sampleContent('Only the journal grows'));
    await store.flush(); // the journal line is queued after the brief file is written

    expect(await readFile(libraryPath)).toEqual(bytesBefore);
    expect((await stat(libraryPath)).mtimeMs).toBe(mtimeBefore);
    const lines = await journalLines(dir);
    expect(lines).toHaveLength(linesBefore + 1);
    expect(lines.at(-1)).toMatchObject({ op: 'upsert', row: { id: brief.id, headline: 'Only the journal grows', revision: 1 } });
    const onDisk = Brief.parse(JSON.parse(await readFile(join(dir, 'articles', `${brief.id}.json`), 'utf8')));
    expect(onDisk.headline).toBe('Only the journal grows');
  });

  it('close folds the journal into library.json', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await store.save(brief.id, sampleContent('Compacted'));
    await fixture.close(store);
    expect(await readFile(join(dir, 'library.journal'), 'utf8')).toBe('');
    expect((await indexRows(dir))[brief.id]).toMatchObject({ headline: 'Compacted', revision: 1 });
    await expect(stat(join(dir, '.lock'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('compacts once the journal reaches its limit', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir, { journalLimit: 3 });
    const brief = await store.create(); // line 1
    await store.save(brief.id, sampleContent('Two')); // line 2
    await store.flush();
    expect(await journalLines(dir)).toHaveLength(2);
    await store.save(brief.id, sampleContent('Three')); // line 3 → compaction, queued after the save
    await store.flush();
    expect(await journalLines(dir)).toHaveLength(0);
    expect((await indexRows(dir))[brief.id]).toMatchObject({ headline: 'Three' });
  });

  it('replays the journal after a crash', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const kept = await store.create();
    const purged = await store.create();
    await store.save(kept.id, sampleContent('Replayed from the journal'));
    await store.trash(purged.id);
    await store.purge(purged.id);
    await fixture.crash(store);
    expect(await indexRows(dir)).toEqual({});
    expect((await journalLines(dir)).length).toBeGreaterThan(0);

    const reopened = await fixture.open(dir);
    expect(reopened.list().briefs).toEqual([expect.objectContaining({ id: kept.id, headline: 'Replayed from the journal' })]);
    expect(reopened.list({ trash: true }).briefs).toEqual([]);
    expect(await readFile(join(dir, 'library.journal'), 'utf8')).toBe('');
    expect(Object.keys(await indexRows(dir))).toEqual([kept.id]);
  });

  it('ignores a torn last journal line', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await store.save(brief.id, sampleContent('Before the tear'));
    await fixture.crash(store);
    await writeFile(join(dir, 'library.journal'), '{"op":"upsert","row":{"id":"', { flag: 'a' });

    const reopened = await fixture.open(dir);
    expect(reopened.list().briefs.map((row) => row.headline)).toEqual(['Before the tear']);
    await reopened.save(brief.id, sampleContent('After the tear'));
    await reopened.flush();
    expect(await journalLines(dir)).toHaveLength(1);
  });

  it('rebuilds a row when the brief was written but its journal line was not', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await store.save(brief.id, sampleContent('Indexed'), 0);
    await fixture.crash(store);

    // The crash came after the brief file was replaced and before the journal append.
    const path = join(dir, 'articles', `${brief.id}.json`);
    const stored = Brief.parse(JSON.parse(await readFile(path, 'utf8')));
    const newer = {
      ...stored,
      ...sampleContent('Only in the file', 'Three more words'),
      revision: 2,
      updatedAt: '2025-04-01T10:00:00.000Z',
    };
    await writeFile(path, JSON.stringify(newer, null, 2));

    const reopened = await fixture.open(dir);
    expect(reopened.list().briefs).toEqual([
      expect.objectContaining({ id: brief.id, headline: 'Only in the file', wordCount: 3, updatedAt: newer.updatedAt }),
    ]);
    await expect(reopened.save(brief.id, sampleContent('Stale'), 1)).rejects.toMatchObject({ code: 'conflict' });
    expect((await reopened.save(brief.id, sampleContent('Current'), 2)).revision).toBe(3);
  });

  it('rebuilds rows when the journal is lost, and drops rows whose file is gone', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const first = await store.create();
    await fixture.close(store); // library.json now has `first`

    const again = await fixture.open(dir);
    const second = await again.create();
    await again.save(first.id, sampleContent('Edited, journal lost'));
    await fixture.crash(again);
    await writeFile(join(dir, 'library.journal'), '');
    await rm(join(dir, 'articles', `${first.id}.json`));
    const reopened = await fixture.open(dir);
    expect(reopened.list().briefs.map((row) => row.id)).toEqual([second.id]);
  });
});
