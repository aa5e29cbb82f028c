import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { libraryFileVersion } from '../../../../../main/services/migrations/before-migration';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A data dir whose library.json holds `text`. */
async function withLibraryText(text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bd-version-'));
  dirs.push(dir);
  await writeFile(join(dir, 'library.json'), text);
  return dir;
}

describe('libraryFileVersion', () => {
  it('reads the version library.json starts with, as written', async () => {
    const rows = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`brief-${i}`, { id: `brief-${i}` }]));
    expect(await libraryFileVersion(await withLibraryText(JSON.stringify({ schemaVersion: 2, rows, damaged: [] }, null, 2)))).toBe(2);
    expect(await libraryFileVersion(await withLibraryText('{"schemaVersion":7}'))).toBe(7);
  });

  it('reads an older version, or one that is not the first key, from the whole file', async () => {
    expect(await libraryFileVersion(await withLibraryText('{ "schemaVersion": 1, "rows": {} }'))).toBe(1);
    expect(await libraryFileVersion(await withLibraryText('{ "rows": { "a": { "schemaVersion": 9 } }, "schemaVersion": 1 }'))).toBe(1);
    expect(await libraryFileVersion(await withLibraryText('{ "rows": {}, "schemaVersion": 2 }'))).toBe(2);
  });

  it('is null for a missing file, a file that is not JSON, or one without a version', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'bd-version-'));
    dirs.push(empty);
    expect(await libraryFileVersion(empty)).toBeNull();
    expect(await libraryFileVersion(await withLibraryText('{ "schemaVersion": 1, '))).toBeNull();
    expect(await libraryFileVersion(await withLibraryText('{ "rows": {} }'))).toBeNull();
  });
});
