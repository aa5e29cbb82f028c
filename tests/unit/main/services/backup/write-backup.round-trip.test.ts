import { mkdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../../../main/services/backup/restore-backup';
import { backupLibrary, createBackupArchive } from '../../../../../main/services/backup/write-backup';
import { filesWithBytes, populate } from '../../backup-fixtures';
import { allFiles } from '../../../support/revisions-fixtures';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const options = { appVersion: '9.9.9' };

describe('backupLibrary → restoreBackup', () => {
  it('restores every file of the library byte for byte, with its mtime, into a new folder', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await populate(store);
    await fixture.close(store);
    const reopened = await fixture.open(dir);
    const archive = await backupLibrary(reopened, options);
    await fixture.close(reopened);

    // The lock and index.db (derived from the briefs; rebuilt when the restored library opens) are left out.
    const original = await filesWithBytes(dir, (path) => path.startsWith('.lock') || path.startsWith('index.db'));
    expect([...original.keys()]).toEqual(expect.arrayContaining(['library.json', 'templates.json', 'desk-library.json']));
    expect(archive.counts).toEqual({ briefs: 3, revisions: expect.any(Number), images: 1, files: original.size });
    expect(archive.counts.revisions).toBeGreaterThanOrEqual(4);
    expect(archive.manifest).toMatchObject({ format: 'briefdesk-library-backup', version: 1, appVersion: '9.9.9' });

    const into = join(await fixture.tempDir(), 'restored');
    const restored = await restoreBackup(archive.bytes, archive.fileName, into);
    expect(restored.counts).toEqual(archive.counts);
    const copy = await filesWithBytes(into);
    expect([...copy.keys()]).toEqual([...original.keys()]);
    for (const [path, bytes] of original) {
      expect(copy.get(path)?.equals(bytes), path).toBe(true);
      expect(Math.abs((await stat(join(into, path))).mtimeMs - (await stat(join(dir, path))).mtimeMs), path).toBeLessThan(1);
    }

    const library = await fixture.open(into);
    expect(
      library
        .list()
        .briefs.map((brief) => brief.headline)
        .sort(),
    ).toEqual(['Harbour dredging resumes after the spring tides', 'Rail freight volumes slip for a third quarter']);
    expect(library.list().damaged).toEqual([]);
    expect(library.templates.list().map((template) => template.name)).toContain('Market note');
  });

  it('leaves out the lock, index.db and damaged copies of it, temp files and the backups folder', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await store.flush();
    await writeFile(join(dir, 'quarantine', 'index.2025-01-01T00-00-00-000Z.db'), 'a damaged index');
    await mkdir(join(dir, 'backups'));
    await writeFile(join(dir, 'backups', 'before-migration-2025-01-01T00-00-00Z.zip'), 'old');
    await writeFile(join(dir, 'articles', `.${brief.id}.json.0123456789ab.tmp`), 'half a write');
    const archive = await backupLibrary(store, options);
    const paths = Object.keys(unzipSync(archive.bytes)).sort();
    expect(paths).toEqual(['articles/' + brief.id + '.json', 'library.json', 'manifest.json'].sort());
  });

  it('is consistent while saves keep arriving: the restored library opens clean with every acknowledged save', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const ids: string[] = [];
    for (let n = 0; n < 6; n += 1) ids.push((await store.create()).id);
    const acknowledged = new Map<string, number>();
    let running = true;
    let backingUp = false;
    let savedDuringBackup = 0;
    const writers = ids.map(async (id, index) => {
      let saves = 0;
      while (running) {
        saves += 1;
        const result = await store.save(id, sampleContent(`Brief ${index}, save ${saves}`));
        acknowledged.set(id, result.revision);
        if (backingUp) savedDuringBackup += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 30));
    const before = new Map(acknowledged);
    backingUp = true;
    const archive = await backupLibrary(store, options);
    backingUp = false;
    running = false;
    expect(savedDuringBackup).toBeGreaterThan(0);
    await Promise.all(writers);

    const into = join(await fixture.tempDir(), 'restored');
    await restoreBackup(archive.bytes, archive.fileName, into);
    const library = await fixture.open(into);
    expect(library.list().damaged).toEqual([]);
    expect(library.list().briefs).toHaveLength(ids.length);
    for (const id of ids) {
      const brief = await library.get(id);
      expect(brief.revision).toBeGreaterThanOrEqual(before.get(id) ?? 0);
      expect(brief.revision).toBeLessThanOrEqual(acknowledged.get(id) ?? 0);
      expect(brief.headline).toMatch(new RegExp(`^Brief ${ids.indexOf(id)}, save ${brief.revision}$`));
    }
  });

  it('backs up a library another process has open, reading only', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await populate(store);
    const before = await allFiles(dir);
    const archive = await createBackupArchive(dir, options);
    expect(archive.counts.briefs).toBe(3);
    expect(await allFiles(dir)).toEqual(before);
  });
});
