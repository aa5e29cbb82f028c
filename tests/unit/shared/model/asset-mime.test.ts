import { describe, expect, it } from 'vitest';
import { assetMimeType } from '../../../../shared/model/asset-mime';

const HASH = 'ab'.repeat(32);

describe('assetMimeType', () => {
  it('gives the content type of each image type the library keeps', () => {
    expect(['png', 'jpg', 'gif', 'webp', 'avif'].map((extension) => assetMimeType(`${HASH}.${extension}`))).toEqual([
      'image/png',
      'image/jpeg',
      'image/gif',
      'image/webp',
      'image/avif',
    ]);
  });

  it('has none for other files, whatever the name holds before its last dot', () => {
    expect(assetMimeType(`${HASH}.svg`)).toBeNull();
    expect(assetMimeType(`${HASH}.png.html`)).toBeNull();
    expect(assetMimeType('photo')).toBeNull();
    expect(assetMimeType(`${HASH}.toString`)).toBeNull();
    expect(assetMimeType(`${HASH}.constructor`)).toBeNull();
    expect(assetMimeType(`photo.jpg.png`)).toBe('image/png');
  });
});
