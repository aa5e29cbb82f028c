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
  /** The document's own web address, when it has one: a relative image not beside the file is a web image there. */
  webBase?: string | undefined;
}

/** A short name for an image source in a report (a data: URL is not worth showing). */
function sourceName(src: string): string {
  return src.startsWith('data:') ? '' : src;
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

/** The bytes of an image file, or the problem with it (not there, not a file, too large). */
async function readImageFile(file: string): Promise<Uint8Array | 'missing' | 'too_large'> {
  try {
    const info = await stat(file);
    if (!info.isFile()) return 'missing';
    if (info.size > MAX_IMAGE_BYTES) return 'too_large';
    return await readFile(file);
  } catch {
    return 'missing';
  }
}

/** The web address of a relative image on the document's site, or null. */
function webAddressOf(src: string, webBase: string | undefined): string | null {
  if (webBase === undefined) return null;
  try {
    return new URL(src, webBase).href;
  } catch {
    return null;
  }
}

/**
 * The asset id of an image named by `src`: embedded bytes (a data: URL of
 * an image type), or a file beside the imported one (a relative path, when
 * the folder is known). Web images (`https://…`, `//host/…`, and a relative
 * one not beside the file of a page that has a web address) are not
 * fetched, other sources never followed: null, with the problem counted in
 * `sources.pending` under the image's name (and the folder looked in).
 */
export async function assetIdForSrc(src: string, sources: ImageSources): Promise<string | null> {
  const value = src.trim();
  const { pending } = sources;
  if (DATA_IMAGE_URL.test(value)) {
    const bytes = decodeDataUrl(value);
    if (bytes) return pending.add(bytes);
    pending.note('unsupported');
    return null;
  }
  if (/^https?:\/\//i.test(value) || value.startsWith('//')) {
    pending.note('remote', value.startsWith('//') ? `https:${value}` : value);
    return null;
  }
  if (value !== '' && RELATIVE_PATH.test(value)) {
    const file = sources.baseDir === undefined ? null : fileInside(sources.baseDir, value);
    const read = file === null ? 'missing' : await readImageFile(file);
    if (typeof read !== 'string') return pending.add(read, value);
    const onTheWeb = read === 'missing' ? webAddressOf(value, sources.webBase) : null;
    if (onTheWeb !== null) pending.note('remote', onTheWeb);
    else pending.note(read, value, sources.baseDir);
    return null;
  }
  pending.note(/^[a-z][a-z0-9+.-]*:/i.test(value) ? 'unsupported' : 'missing', sourceName(value), sources.baseDir);
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
