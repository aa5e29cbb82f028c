import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../../../main/services/backup/restore-backup';
import { LIBRARY_SCHEMA_VERSION } from '../../../../../main/services/library/library-file';
import { LIBRARY_STEPS } from '../../../../../main/services/migrations/library-steps';
import { checkSteps, runMigrations } from '../../../../../main/services/migrations/migration-step';
import { openLibrary, openLibraryForApp } from '../../../../../main/services/library/open-library';
import { allFiles } from '../../../support/revisions-fixtures';
import { sampleContent, steppingClock, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const V1 = join(import.meta.dirname, '../../../../fixtures/library-v1');
const WIND = '6f1c2a8e-3b4d-4e5f-9a01-2b3c4d5e6f70';

describe('migration steps', () => {
  it('library.json 1 → 2 → 3 drops the rows (index.db is built from the brief files) and keeps everything else', () => {
    const v1 = { schemaVersion: 1, rows: { a: { id: 'a' } }, damaged: [{ id: 'x' }], settings: { keep: true } };
    const frozen = structuredClone(v1);
    expect(runMigrations(LIBRARY_STEPS, v1)).toEqual({
      value: { schemaVersion: 3, damaged: [{ id: 'x' }], settings: { keep: true } },
      path: [1, 2, 3],
    });
    expect(v1).toEqual(frozen);
    expect(LIBRARY_STEPS.at(-1)?.to).toBe(LIBRARY_SCHEMA_VERSION);
  });

  it('passes the current version, a newer one and a value without a version unchanged', () => {
    const current = { schemaVersion: 3, damaged: [] };
    expect(runMigrations(LIBRARY_STEPS, current)).toEqual({ value: current, path: [3] });
    expect(runMigrations(LIBRARY_STEPS, { schemaVersion: 9 }).path).toEqual([9]);
    expect(runMigrations(LIBRARY_STEPS, 'text')).toEqual({ value: 'text', path: [] });
  });

  it('refuses steps that skip a version, start twice, or do not produce what they promise', () => {
    const step = { from: 1, to: 2, description: '', migrate: (value: Record<string, unknown>) => ({ ...value, schemaVersion: 2 }) };
    expect(() => checkSteps([{ ...step, to: 3 }])).toThrow(/must go up one version \(1 → 3\)/);
    expect(() => checkSteps([step, step])).toThrow(/Two migrations start from version 1/);
    expect(() => runMigrations([{ ...step, migrate: (value) => value }], { schemaVersion: 1 })).toThrow(/did not produce version 2/);
  });
});

describe('opening a library of an older format', () => {
  it('backs the v1 fixture up to backups/ first, then migrates it: briefs listed, index.db built from the files', async () => {
    const dir = await fixture.tempDir();
    await cp(V1, dir, { recursive: true });
    const originalIndex = await readFile(join(dir, 'library.json'));

    const store = await openLibrary(dir, { now: steppingClock() });
    expect(store.notice).toMatch(
      /^This library was upgraded from format 1 to format 3\. A backup of it as it was is in backups\/before-migration-.+\.zip\.$/,
    );
    expect(store.list().damaged).toEqual([]);
    expect(store.list().briefs.map((brief) => brief.headline)).toEqual([
      'Grain corridor insurance premiums ease',
      'Coastal wind auctions draw fewer bidders',
    ]);
    expect((await store.get(WIND)).revision).toBe(4);

    const [backupName, ...others] = await readdir(join(dir, 'backups'));
    expect(others).toEqual([]);
    const archive = await readFile(join(dir, 'backups', backupName ?? ''));
    expect(Buffer.from(unzipSync(archive)['library.json'] ?? []).equals(originalIndex)).toBe(true);
    const restored = join(await fixture.tempDir(), 'as-it-was');
    await restoreBackup(archive, backupName ?? '', restored);
    expect(await readFile(join(restored, 'library.json'))).toEqual(originalIndex);

    const migrated = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    expect(migrated).toEqual({ schemaVersion: 3, damaged: [] });
    expect(store.list({ limit: 1 }).briefs[0]).toMatchObject({ headline: 'Grain corridor insurance premiums ease' });

    await store.save(WIND, sampleContent('Saved after the upgrade'), 4);
    await store.close();
    const again = await fixture.open(dir);
    expect(again.notice).toBeNull();
    expect(await readdir(join(dir, 'backups'))).toEqual([backupName]);
  });
});

describe('opening a library of format 2 (rows in library.json, library.journal)', () => {
  it('keeps every brief: the rows and the journal give way to index.db, built from the files', async () => {
    const dir = await fixture.tempDir();
    await cp(V1, dir, { recursive: true });
    const v1 = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8')) as { rows: Record<string, object> };
    const rows = Object.fromEntries(Object.entries(v1.rows).map(([id, row]) => [id, { ...row, deskRefs: [] }]));
    await writeFile(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 2, rows, damaged: [] }));
    await writeFile(join(dir, 'library.journal'), `${JSON.stringify({ op: 'remove', id: WIND })}\n`);

    const store = await openLibrary(dir, { now: steppingClock() });
    expect(store.notice).toMatch(/^This library was upgraded from format 2 to format 3\./);
    expect(store.list().briefs.map((brief) => brief.headline)).toEqual([
      'Grain corridor insurance premiums ease',
      'Coastal wind auctions draw fewer bidders',
    ]);
    expect((await store.search.search({ query: 'auctions', trash: false, offset: 0, limit: 5 })).total).toBe(1);
    expect(JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))).toEqual({ schemaVersion: 3, damaged: [] });
    expect((await readdir(dir)).filter((name) => name.startsWith('library.'))).toEqual(['library.json']);
    await fixture.close(store);
  });
});

describe('opening a library written by a newer Briefdesk', () => {
  it('opens read-only with a message, shows its briefs and changes nothing on disk', async () => {
    const dir = await fixture.tempDir();
    const writer = await fixture.open(dir);
    const brief = await writer.create();
    await writer.save(brief.id, sampleContent('From a future version'));
    await fixture.close(writer);
    const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'));
    await writeFile(join(dir, 'library.json'), JSON.stringify({ ...index, schemaVersion: 4, futureSection: { x: 1 } }));
    const before = new Map<string, Buffer>();
    for (const path of await allFiles(dir)) before.set(path, await readFile(join(dir, path)));

    await expect(fixture.open(dir)).rejects.toMatchObject({ code: 'unsupported' });
    const store = await openLibraryForApp(dir);
    try {
      expect(store.readOnly).toBe(true);
      expect(store.notice).toBe(
        'This library was written by a newer version of Briefdesk (format 4). Update Briefdesk to open it. Until then it is open read-only: nothing can be changed.',
      );
      expect(store.list().briefs.map((row) => row.headline)).toEqual(['From a future version']);
      expect((await store.get(brief.id)).headline).toBe('From a future version');
      await expect(store.save(brief.id, sampleContent('Not allowed'))).rejects.toMatchObject({
        code: 'io',
        message: expect.stringMatching(/read-only/),
      });
    } finally {
      await store.close();
    }
    const after = await allFiles(dir);
    expect(after).toEqual([...before.keys()]);
    for (const path of after) expect((await readFile(join(dir, path))).equals(before.get(path) ?? Buffer.alloc(0)), path).toBe(true);
  });
});
