import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesWithBytes, populate } from '../backup-fixtures';
import { briefdesk } from './cli-runner';
import { storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();

describe('briefdesk backup / restore', () => {
  it('backs up a library that is open, then restores it into a new folder, file for file', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await populate(store);
    await store.flush();
    const work = await fixture.tempDir();
    const archive = join(work, 'library.zip');

    const backup = await briefdesk('backup', '--out', archive, '--data', dir);
    expect(backup.stderr).not.toMatch(/briefdesk:/);
    expect(backup.code).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up .+ to .+library\.zip: 3 briefs, \d+ revisions, 1 images \(\d+ files\)\n$/);

    const again = await briefdesk('backup', '--out', archive, '--data', dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/library\.zip already exists; choose another file name/);

    const into = join(work, 'restored');
    const restore = await briefdesk('restore', archive, '--into', into);
    expect(restore.stderr).not.toMatch(/briefdesk:/);
    expect(restore.code).toBe(0);
    expect(restore.stdout).toMatch(/^Restored 3 briefs, .+ into .+restored\nOpen it with --data .+restored\n$/);
    // The lock and index.db (derived from the briefs, rebuilt on open) are not backed up.
    const original = await filesWithBytes(dir, (path) => path.startsWith('.lock') || path.startsWith('index.db'));
    const copy = await filesWithBytes(into);
    expect([...copy.keys()]).toEqual([...original.keys()]);
    for (const [path, bytes] of original) expect(copy.get(path)?.equals(bytes), path).toBe(true);
  });

  it('refuses a non-empty folder, a damaged archive and a folder that is not a library, with exit codes', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await populate(store);
    const work = await fixture.tempDir();
    const archive = join(work, 'library.zip');
    expect((await briefdesk('backup', '--out', archive, '--data', dir)).code).toBe(0);

    await writeFile(join(work, 'notes.txt'), 'not a library');
    const busy = await briefdesk('restore', archive, '--into', work);
    expect(busy).toMatchObject({ code: 1, stdout: '' });
    expect(busy.stderr).toMatch(/is not empty\. A backup is restored into a new, empty folder/);

    const damaged = join(work, 'damaged.zip');
    await writeFile(damaged, 'PK\u0003\u0004 not really a zip');
    const refused = await briefdesk('restore', damaged, '--into', join(work, 'elsewhere'));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/“damaged\.zip” cannot be restored: it is not a readable zip archive/);
    expect((await readdir(work)).sort()).toEqual(['damaged.zip', 'library.zip', 'notes.txt']);

    const empty = await fixture.tempDir();
    const nothing = await briefdesk('backup', '--out', join(work, 'nothing.zip'), '--data', empty);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/There is no Briefdesk library in /);

    expect((await briefdesk('backup', '--data', dir)).code).toBe(2);
    expect((await briefdesk('restore', archive)).code).toBe(2);
  });
});
