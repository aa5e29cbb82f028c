import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { MAX_IMAGE_BYTES } from '../../../shared/api/contract';
import { DATA_IMAGE_URL, RELATIVE_PATH } from '../../../shared/editor/sanitize-foreign-html';
import { decodeBase64 } from '../decode-base64';
import type { PendingImages } from './pending-images';

/** Where an import's images come from. */
export interface ImageSources {
  pending: PendingImages;
  /** Folder of the imported file, when known: relative image paths are read from inside it. */
  baseDir?: string | undefined;
}

function decodeDataUrl(src: string): Uint8Array | null {
  return decodeBase64(src.slice(src.indexOf(',') + 1), () => null);
}

/** The file a relative `src` names inside `baseDir`, or null when it would leave the folder or is not a path. */
function fileInside(baseDir: string, src: string): string | null {
  let relative: string;
  try {
    relative = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    return null;
  }
  const root = path.resolve(baseDir);
  const file = path.resolve(root, relative);
  return file.startsWith(`${root}${path.sep}`) ? file : null;
}

async function readImageFile(file: string, images: PendingImages): Promise<string | null> {
  try {
    const info = await stat(file);
    if (!info.isFile()) {
      images.note('missing');
      return null;
    }
    if (info.size > MAX_IMAGE_BYTES) {
      images.note('too_large');
      return null;
    }
    return images.add(await readFile(file));
  } catch {
    images.note('missing');
    return null;
  }
}

/**
 * The asset id of an image named by `src`: embedded bytes (a data: URL of
 * an image type), or a file beside the imported one (a relative path, when
 * the folder is known). Web images are not fetched, other sources never
 * followed: null, with the problem counted in `sources.pending`.
 */
export async function assetIdForSrc(src: string, sources: ImageSources): Promise<string | null> {
  const value = src.trim();
  if (DATA_IMAGE_URL.test(value)) {
    const bytes = decodeDataUrl(value);
    if (bytes) return sources.pending.add(bytes);
    sources.pending.note('unsupported');
    return null;
  }
  if (/^https?:\/\//i.test(value)) {
    sources.pending.note('remote');
    return null;
  }
  if (value !== '' && RELATIVE_PATH.test(value) && sources.baseDir !== undefined) {
    const file = fileInside(sources.baseDir, value);
    if (file) return readImageFile(file, sources.pending);
  }
  sources.pending.note(/^[a-z][a-z0-9+.-]*:/i.test(value) ? 'unsupported' : 'missing');
  return null;
}

/**
 * Gives every `<img>` under `root` its library asset (`data-asset`, the
 * reference the body schema reads) or removes it: an image that cannot be
 * imported leaves its alt text in its place, so no description is lost.
 */
export async function resolveImages(root: ParentNode, sources: ImageSources): Promise<void> {
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const id = await assetIdForSrc(image.getAttribute('src') ?? '', sources);
    if (id !== null) {
      image.setAttribute('data-asset', id);
      image.removeAttribute('src');
      continue;
    }
    const alt = (image.getAttribute('alt') ?? '').trim();
    image.replaceWith(...(alt ? [image.ownerDocument.createTextNode(alt)] : []));
  }
}
