import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../../../shared/api/contract';
import { TINY_PNG, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A 1×1 GIF. */
const TINY_GIF = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
/** A 1×1 BMP: an image, but not one Briefdesk accepts. */
const TINY_BMP = Buffer.from('Qk06AAAAAAAAADYAAAAoAAAAAQAAAAEAAAABABgAAAAAAAQAAAATCwAAEwsAAAAAAAAAAAAA/wAAAA==', 'base64');

describe('LibraryStore: images', () => {
  it('stores a PNG once under its content hash', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const asset = await store.addImage('dot.png', TINY_PNG);
    expect(asset).toEqual({
      id: expect.stringMatching(/^[a-f0-9]{64}\.png$/),
      mime: 'image/png',
      width: 1,
      height: 1,
      bytes: TINY_PNG.length,
    });
    expect(await readFile(join(dir, 'assets', asset.id))).toEqual(TINY_PNG);

    const again = await store.addImage('same-dot-new-name.png', new Uint8Array(TINY_PNG));
    expect(again).toEqual(asset);
    expect(await readdir(join(dir, 'assets'))).toEqual([asset.id]);
    expect(store.assetPath(asset.id)).toBe(join(dir, 'assets', asset.id));
  });

  it('accepts a GIF', async () => {
    const store = await fixture.open(await fixture.tempDir());
    expect(await store.addImage('dot.gif', TINY_GIF)).toMatchObject({ mime: 'image/gif', width: 1, height: 1 });
  });

  it.each([
    ['notes.txt', Buffer.from('Just some notes, not a picture.\n')],
    ['empty.png', Buffer.alloc(0)],
    ['dot.bmp', TINY_BMP],
  ])('rejects %s as unsupported', async (fileName, bytes) => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await expect(store.addImage(fileName, bytes)).rejects.toMatchObject({
      code: 'unsupported',
      message: `"${fileName}" is not an image Briefdesk can use (PNG, JPEG, GIF, WebP or AVIF).`,
    });
    expect(await readdir(join(dir, 'assets'))).toEqual([]);
  });

  it('rejects an image over the size limit, giving both sizes', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const huge = Buffer.alloc(MAX_IMAGE_BYTES + 1024 * 1024);
    TINY_PNG.copy(huge);
    await expect(store.addImage('poster.png', huge)).rejects.toMatchObject({
      code: 'too_large',
      message: '"poster.png" is 26.0 MB; the largest image Briefdesk accepts is 25.0 MB.',
    });
    expect(await readdir(join(dir, 'assets'))).toEqual([]);
  });

  it('answers null for asset ids that are invalid, absent or try to leave the folder', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await writeFile(join(dir, 'library-secret.png'), 'x');
    expect(store.assetPath(`${'a'.repeat(64)}.png`)).toBeNull();
    expect(store.assetPath('../library-secret.png')).toBeNull();
    expect(store.assetPath(`../${'a'.repeat(61)}.png`)).toBeNull();
    expect(store.assetPath('/etc/passwd')).toBeNull();
    expect(store.assetPath(`${'A'.repeat(64)}.png`)).toBeNull();
  });
});
