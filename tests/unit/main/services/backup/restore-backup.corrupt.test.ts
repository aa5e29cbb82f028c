import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { restoreBackup } from '../../../../../main/services/backup/restore-backup';
import { backupLibrary } from '../../../../../main/services/backup/write-backup';
import { populate } from '../../backup-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A real backup of a small library, its entries unzipped. */
async function realBackup() {
  const dir = await fixture.tempDir();
  const store = await fixture.open(dir);
  await populate(store);
  const archive = await backupLibrary(store, { appVersion: '1.0.0' });
  return { bytes: archive.bytes, entries: unzipSync(archive.bytes) };
}

/** Restoring must fail with `message` and leave the parent folder as it was (empty). */
async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<void> {
  const parent = await fixture.tempDir();
  await expect(restoreBackup(bytes, 'backup.zip', join(parent, 'restored'))).rejects.toMatchObject({
    code: 'invalid_input',
    message: expect.stringMatching(message),
  });
  expect(await readdir(parent)).toEqual([]);
}

function manifestOf(entries: Record<string, Uint8Array>): { files: { path: string; sha256: string }[] } & Record<string, unknown> {
  return JSON.parse(new TextDecoder().decode(entries['manifest.json']));
}

describe('restoreBackup refuses a bad archive and writes nothing', () => {
  it('a flipped byte: refused with a clear message, unless it only hit zip metadata and the files come back exact', async () => {
    const { bytes, entries } = await realBackup();
    let refused = 0;
    const step = Math.max(1, Math.floor(bytes.length / 40));
    for (let at = 0; at < bytes.length; at += step) {
      const flipped = bytes.slice();
      flipped[at] = (flipped[at] ?? 0) ^ 0xff;
      const parent = await fixture.tempDir();
      const into = join(parent, 'restored');
      try {
        await restoreBackup(flipped, 'backup.zip', into);
      } catch (error) {
        expect(error).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^“backup\.zip” cannot be restored: .+/) });
        expect(await readdir(parent)).toEqual([]);
        refused += 1;
        continue;
      }
      for (const [path, data] of Object.entries(entries)) {
        if (path === 'manifest.json') continue;
        expect(Buffer.from(await readFile(join(into, path))).equals(Buffer.from(data)), `byte ${at}: ${path}`).toBe(true);
      }
    }
    // Most flips land in a file's bytes or the manifest and are refused; the rest hit zip metadata only.
    expect(refused).toBeGreaterThan(25);
  });

  it('a truncated archive', async () => {
    const { bytes } = await realBackup();
    await expectRefused(bytes.slice(0, Math.floor(bytes.length * 0.7)), /not a readable zip archive \(it may be truncated/);
  });

  it('random bytes, and an empty file', async () => {
    await expectRefused(randomBytes(4096), /not a readable zip archive/);
    await expectRefused(new Uint8Array(0), /the file is empty/);
  });

  it('a zip without a manifest', async () => {
    const { entries } = await realBackup();
    const { 'manifest.json': _manifest, ...rest } = entries;
    await expectRefused(zipSync(rest), /has no manifest\.json, so it is not a Briefdesk library backup/);
  });

  it('a manifest with a wrong hash', async () => {
    const { entries } = await realBackup();
    const manifest = manifestOf(entries);
    const victim = manifest.files.find((file) => file.path.startsWith('articles/'));
    if (!victim) throw new Error('no brief in the backup');
    victim.sha256 = '0'.repeat(64);
    await expectRefused(
      zipSync({ ...entries, 'manifest.json': strToU8(JSON.stringify(manifest)) }),
      new RegExp(`${victim.path.replace('.', '\\.')} does not match its checksum`),
    );
  });

  it('a foreign zip, a newer backup format, an unlisted or missing file, a path outside the library', async () => {
    const { entries } = await realBackup();
    const manifest = manifestOf(entries);
    const withManifest = (value: unknown, extra: Record<string, Uint8Array> = {}) =>
      zipSync({ ...entries, ...extra, 'manifest.json': strToU8(JSON.stringify(value)) });
    await expectRefused(zipSync({ 'manifest.json': strToU8('{"name":"some-package"}') }), /not the manifest of a Briefdesk library backup/);
    await expectRefused(withManifest({ ...manifest, version: 7 }), /newer version of Briefdesk \(backup format 7\)/);
    await expectRefused(
      withManifest(manifest, { 'articles/extra.json': strToU8('{}') }),
      /files its manifest does not list \(articles\/extra\.json\)/,
    );
    const first = manifest.files[0];
    if (!first) throw new Error('empty manifest');
    await expectRefused(
      withManifest({ ...manifest, files: [...manifest.files, { ...first, path: 'revisions/gone.json' }] }),
      /revisions\/gone\.json is missing/,
    );
    await expectRefused(
      withManifest({ ...manifest, files: [{ ...first, path: '../escape.json' }] }),
      /outside the library \(“\.\.\/escape\.json”\)/,
    );
  });

  it('a brief file that is not a valid brief, even with a matching hash', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const brief = await store.create();
    await fixture.close(store);
    await writeFile(join(dir, 'articles', `${brief.id}.json`), JSON.stringify({ id: brief.id, headline: 3 }));
    const archive = await backupLibrary(await fixture.open(dir, { readOnly: true }), { appVersion: '1.0.0' });
    await expectRefused(archive.bytes, new RegExp(`the brief file articles/${brief.id}\\.json is not a valid brief`));
  });

  it('a folder that is not empty', async () => {
    const { bytes } = await realBackup();
    const parent = await fixture.tempDir();
    await mkdir(join(parent, 'restored'));
    await writeFile(join(parent, 'restored', 'notes.txt'), 'mine');
    await expect(restoreBackup(bytes, 'backup.zip', join(parent, 'restored'))).rejects.toMatchObject({
      message: expect.stringMatching(/is not empty/),
    });
    expect(await readdir(join(parent, 'restored'))).toEqual(['notes.txt']);
  });
});
