import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { imageSize } from 'image-size';
import { MAX_IMAGE_BYTES, type ImageAsset } from '../../../shared/api/contract';
import { ASSET_MIME_BY_EXTENSION, type AssetExtension } from '../../../shared/model/asset-mime';
import { AssetId } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { writeFileDurable } from './durable-write';
import { errorCode, ioError } from './io-error';

/** image-size's type names → the extensions the library stores. */
const EXTENSION_BY_DETECTED_TYPE = new Map<string, AssetExtension>([
  ['png', 'png'],
  ['jpg', 'jpg'],
  ['gif', 'gif'],
  ['webp', 'webp'],
  ['avif', 'avif'],
]);

interface ProbedImage {
  ext: AssetExtension;
  width: number;
  height: number;
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function unsupported(fileName: string): BriefdeskError {
  return new BriefdeskError('unsupported', `"${fileName}" is not an image Briefdesk can use (PNG, JPEG, GIF, WebP or AVIF).`);
}

/** Type and size of an image from its bytes, or null when it is not an accepted image. */
function probe(bytes: Uint8Array): ProbedImage | null {
  try {
    const size = imageSize(bytes);
    const ext = size.type === undefined ? undefined : EXTENSION_BY_DETECTED_TYPE.get(size.type);
    if (!ext || !(size.width > 0) || !(size.height > 0)) return null;
    return { ext, width: size.width, height: size.height };
  } catch {
    return null;
  }
}

/**
 * The content-addressed image store, assets/<sha256>.<ext>. An image is
 * stored once however many times it is added; files are never rewritten.
 */
export class AssetStore {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
  }

  /**
   * Check and store an image. Throws 'unsupported' for anything but PNG,
   * JPEG, GIF, WebP or AVIF (or an empty file), 'too_large' above
   * MAX_IMAGE_BYTES.
   */
  async add(fileName: string, bytes: Uint8Array): Promise<ImageAsset> {
    if (bytes.byteLength === 0) throw unsupported(fileName);
    if (bytes.byteLength > MAX_IMAGE_BYTES) {
      throw new BriefdeskError(
        'too_large',
        `"${fileName}" is ${megabytes(bytes.byteLength)}; the largest image Briefdesk accepts is ${megabytes(MAX_IMAGE_BYTES)}.`,
      );
    }
    const image = probe(bytes);
    if (!image) throw unsupported(fileName);
    const id = `${createHash('sha256').update(bytes).digest('hex')}.${image.ext}`;
    const path = join(this.dir, id);
    if (!(await this.#exists(path))) await writeFileDurable(path, bytes);
    const mime = ASSET_MIME_BY_EXTENSION[image.ext];
    return { id, mime, width: image.width, height: image.height, bytes: bytes.byteLength };
  }

  /** Absolute path of a stored asset, or null when the id is not an asset id or the file is absent. */
  path(assetId: string): string | null {
    if (!AssetId.safeParse(assetId).success) return null;
    const path = join(this.dir, assetId);
    return existsSync(path) ? path : null;
  }

  async #exists(path: string): Promise<boolean> {
    try {
      await stat(path);
      return true;
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return false;
      throw ioError('read', path, error);
    }
  }
}
