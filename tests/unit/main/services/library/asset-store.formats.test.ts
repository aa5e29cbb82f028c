import { readFile, readdir, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_IMAGE_BYTES } from '../../../../../shared/api/contract';
import { TINY_PNG, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A 3×2 JPEG (JFIF header, a baseline frame, no scan: enough to be measured). */
const JPEG_3X2 = Buffer.from('/9j/4AAQSkZJRgABAQAAAQABAAD/wAALCAACAAMBAREA/9k=', 'base64');
/** A 3×2 WebP (extended header). */
const WEBP_3X2 = Buffer.from('UklGRhYAAABXRUJQVlA4WAoAAAAAAAAAAgAAAQAA', 'base64');
/** A 3×2 AVIF (its file type and the image's spatial extent). */
const AVIF_3X2 = Buffer.from(
  'AAAAHGZ0eXBhdmlmAAAAAGF2aWZtaWYxbWlhZgAAADBtZXRhAAAAAAAAACRpcHJwAAAAHGlwY28AAAAUaXNwZQAAAAAAAAADAAAAAg==',
  'base64',
);

/** TINY_PNG with its header's width or height set to zero: a PNG, but no picture. */
function pngWithNoArea(side: 'width' | 'height'): Buffer {
  const bytes = Buffer.from(TINY_PNG);
  bytes.writeUInt32BE(0, side === 'width' ? 16 : 20);
  return bytes;
}

describe('LibraryStore: image formats and limits', () => {
  it.each([
    ['chart.jpg', JPEG_3X2, 'jpg', 'image/jpeg'],
    ['chart.webp', WEBP_3X2, 'webp', 'image/webp'],
    ['chart.avif', AVIF_3X2, 'avif', 'image/avif'],
  ])('stores %s with its type and size', async (fileName, bytes, ext, mime) => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const asset = await store.addImage(fileName, bytes);
    expect(asset).toEqual({
      id: expect.stringMatching(new RegExp(`^[a-f0-9]{64}\\.${ext}$`)),
      mime,
      width: 3,
      height: 2,
      bytes: bytes.length,
    });
    expect(await readFile(join(dir, 'assets', asset.id))).toEqual(bytes);
  });

  it.each(['width', 'height'] as const)('refuses an image whose %s is zero', async (side) => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    await expect(store.addImage('flat.png', pngWithNoArea(side))).rejects.toMatchObject({ code: 'unsupported' });
    expect(await readdir(join(dir, 'assets'))).toEqual([]);
  });

  it('accepts an image of exactly the largest size', async () => {
    const store = await fixture.open(await fixture.tempDir());
    const largest = Buffer.alloc(MAX_IMAGE_BYTES);
    TINY_PNG.copy(largest);
    expect(await store.addImage('largest.png', largest)).toMatchObject({ mime: 'image/png', bytes: MAX_IMAGE_BYTES });
  });

  it('never rewrites a stored image when the same one is added again', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const asset = await store.addImage('dot.png', TINY_PNG);
    const path = join(dir, 'assets', asset.id);
    const longAgo = new Date('2024-01-01T00:00:00Z');
    await utimes(path, longAgo, longAgo);
    await store.addImage('dot again.png', TINY_PNG);
    expect((await stat(path)).mtimeMs).toBe(longAgo.getTime());
  });
});
