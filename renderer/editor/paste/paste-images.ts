import { DATA_IMAGE_URL } from '../../../shared/editor/sanitize-foreign-html';

/** Why pasted images were left out. */
export interface DroppedImages {
  /** On the web (http, https): they cannot be brought in offline. */
  web: number;
  /** Files the app cannot read (a local path, another page's blob, a broken source) or bytes of a type it does not store. */
  unreadable: number;
}

/** An image of the paste waiting to be stored as an asset: embedded in its HTML (`dataUrl`), or a file on the clipboard (`file`). */
export type PendingImage = { element: Element; dataUrl: string } | { element: Element; file: File };

const TEXTBLOCKS = 'p, h1, h2, h3, h4, h5, h6, pre, dt, figcaption, caption';

/**
 * Sorts the paste's images: the editor's own copies (`data-asset`) stay,
 * embedded `data:` images wait to be stored, every other one is removed
 * (counted as on the web or unreadable). Each image left is moved out of the
 * paragraph or heading around it, to just after it: the body's images are
 * blocks, and one left inside would split its paragraph in three.
 */
export function sortImages(root: ParentNode): { pending: PendingImage[]; dropped: DroppedImages } {
  const pending: PendingImage[] = [];
  const dropped: DroppedImages = { web: 0, unreadable: 0 };
  for (const image of Array.from(root.querySelectorAll('img'))) {
    const src = (image.getAttribute('src') ?? '').trim();
    if (image.hasAttribute('data-asset')) {
      hoist(image);
    } else if (DATA_IMAGE_URL.test(src)) {
      pending.push({ element: image, dataUrl: src });
      hoist(image);
    } else {
      if (/^(?:https?:)?\/\//i.test(src)) dropped.web += 1;
      else dropped.unreadable += 1;
      image.remove();
    }
  }
  return { pending, dropped };
}

function hoist(image: Element): void {
  const block = image.parentElement?.closest(TEXTBLOCKS);
  if (block) block.after(image);
}

/** Points a pending image at the asset it was stored as (its embedded bytes are dropped from the markup). */
export function attachAsset(image: PendingImage, asset: { id: string; width: number; height: number }): void {
  image.element.removeAttribute('src');
  image.element.setAttribute('data-asset', asset.id);
  image.element.setAttribute('width', String(asset.width));
  image.element.setAttribute('height', String(asset.height));
}

/** The MIME type and bytes of a base64 `data:` URL (as DATA_IMAGE_URL accepts them). */
export function dataUrlBytes(dataUrl: string): { type: string; bytes: Uint8Array<ArrayBuffer> } {
  const comma = dataUrl.indexOf(',');
  const type = dataUrl.slice(5, dataUrl.indexOf(';')).toLowerCase().replace('image/jpg', 'image/jpeg');
  const binary = atob(dataUrl.slice(comma + 1).replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return { type, bytes };
}

/** The sentence telling what was left out, or null when nothing was: "12 images could not be brought in: they are on the web." */
export function droppedImagesNotice(dropped: DroppedImages): string | null {
  const parts: string[] = [];
  const count = (n: number): string => (n === 1 ? '1 image' : `${n} images`);
  if (dropped.web > 0) {
    parts.push(`${count(dropped.web)} could not be brought in: ${dropped.web === 1 ? 'it is' : 'they are'} on the web.`);
  }
  if (dropped.unreadable > 0) {
    parts.push(
      `${count(dropped.unreadable)} could not be brought in: Briefdesk cannot read ${dropped.unreadable === 1 ? 'its file' : 'their files'}.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : null;
}
