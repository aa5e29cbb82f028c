import { cp, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLibrary } from '../../../../../main/cli/with-library';
import { openLibrary, openLibraryForApp } from '../../../../../main/services/library/open-library';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const V1 = join(import.meta.dirname, '../../../../fixtures/library-v1');

/** A copy of the library of format 1 in a new folder. */
async function libraryV1(): Promise<string> {
  const dir = await fixture.tempDir();
  await cp(V1, dir, { recursive: true });
  return dir;
}

describe('openLibrary', () => {
  it('opened read-only, an older library is read as it is: no backup, nothing migrated', async () => {
    const dir = await libraryV1();
    const store = await openLibrary(dir, { readOnly: true });
    try {
      expect(store.notice).toBeNull();
      expect(store.list().briefs).toHaveLength(2);
    } finally {
      await store.close();
    }
    expect(await readdir(dir)).not.toContain('backups');
  });

  it('a command that writes (withLibrary) backs an older library up before it is migrated', async () => {
    const dir = await libraryV1();
    const notice = await withLibrary(dir, '9.9.9', async (store) => store.notice);
    expect(notice).toMatch(/^This library was upgraded from format 1 to format 3\./);
    const backups = await readdir(join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^before-migration-.+\.zip$/);
  });
});

describe('openLibraryForApp', () => {
  it('does not open read-only a library that is open elsewhere: it says so', async () => {
    const dir = await fixture.tempDir();
    await fixture.open(dir);
    await expect(openLibraryForApp(dir, { lockPatienceMs: 100 })).rejects.toMatchObject({ code: 'locked' });
  });
});
