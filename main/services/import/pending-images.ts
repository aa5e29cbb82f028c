import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { MAX_IMAGE_BYTES } from '../../../shared/api/contract';
import type { AssetExtension } from '../../../shared/model/asset-mime';
import { BriefdeskError } from '../../../shared/model/errors';
import type { LibraryStore } from '../library/library-store';

/** image-size's type names → the extensions the library stores (as the asset store does). */
const EXTENSION_BY_TYPE = new Map<string, AssetExtension>([
  ['png', 'png'],
  ['jpg', 'jpg'],
  ['gif', 'gif'],
  ['webp', 'webp'],
  ['avif', 'avif'],
]);

/** Why an image was not taken, counted for the import's warnings. */
export type ImageProblem = 'missing' | 'remote' | 'unsupported' | 'too_large';

/** The asset id the library would give these bytes, or the problem with them. */
function identify(bytes: Uint8Array): { id: string } | { problem: ImageProblem } {
  if (bytes.byteLength === 0) return { problem: 'unsupported' };
  if (bytes.byteLength > MAX_IMAGE_BYTES) return { problem: 'too_large' };
  let ext: AssetExtension | undefined;
  try {
    const size = imageSize(bytes);
    ext = size.type === undefined || !(size.width > 0) || !(size.height > 0) ? undefined : EXTENSION_BY_TYPE.get(size.type);
  } catch {
    ext = undefined;
  }
  if (!ext) return { problem: 'unsupported' };
  return { id: `${createHash('sha256').update(bytes).digest('hex')}.${ext}` };
}

const PROBLEM_TEXT: Record<ImageProblem, (count: number) => string> = {
  missing: (n) => `${n} ${n === 1 ? 'image' : 'images'} could not be imported (not in the file)`,
  remote: (n) =>
    `${n} web ${n === 1 ? 'image was' : 'images were'} left out (Briefdesk does not fetch from the network); the description is kept as text`,
  unsupported: (n) =>
    `${n} ${n === 1 ? 'image is' : 'images are'} not a picture Briefdesk can use (PNG, JPEG, GIF, WebP or AVIF) and ${n === 1 ? 'was' : 'were'} left out`,
  too_large: (n) => `${n} ${n === 1 ? 'image is' : 'images are'} larger than 25 MB and ${n === 1 ? 'was' : 'were'} left out`,
};

/**
 * The images an import found, checked and given their content-addressed ids
 * but not yet stored: nothing reaches the library until the whole brief has
 * been checked (`store`). Problems are counted for the report.
 */
export class PendingImages {
  readonly #images = new Map<string, Uint8Array>();
  readonly #problems = new Map<ImageProblem, number>();

  /** The asset id for `bytes` (kept for storing), or null when they are not an image the library takes (counted). */
  add(bytes: Uint8Array): string | null {
    const found = identify(bytes);
    if ('problem' in found) {
      this.note(found.problem);
      return null;
    }
    this.#images.set(found.id, bytes);
    return found.id;
  }

  /** Counts an image that could not be taken. */
  note(problem: ImageProblem): void {
    this.#problems.set(problem, (this.#problems.get(problem) ?? 0) + 1);
  }

  /** One sentence per kind of problem met. */
  warnings(): string[] {
    return [...this.#problems].map(([problem, count]) => `${PROBLEM_TEXT[problem](count)}.`);
  }

  /** Adds every image to the library's asset store; each must get the id it was given. */
  async store(store: LibraryStore): Promise<void> {
    for (const [id, bytes] of this.#images) {
      const stored = await store.addImage(id, bytes);
      if (stored.id !== id) throw new BriefdeskError('internal', `The image ${id} was stored as ${stored.id}.`);
    }
  }
}
