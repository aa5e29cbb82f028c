import { createHash } from 'node:crypto';
import { rgbPng } from '../tests/crash/tiny-png';

/** A valid RGB PNG, `width`×`height` pixels of a diagonal gradient: the hero image of every synthetic brief. */
export function heroPng(width = 320, height = 180): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y += 1) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x += 1) {
      row[1 + x * 3] = (x * 255) / width;
      row[2 + x * 3] = (y * 255) / height;
      row[3 + x * 3] = 140;
    }
    rows.push(row);
  }
  return rgbPng(width, height, Buffer.concat(rows));
}

/** The asset id the library stores a PNG under: `<sha256>.png`. */
export function pngAssetId(bytes: Uint8Array): string {
  return `${createHash('sha256').update(bytes).digest('hex')}.png`;
}
