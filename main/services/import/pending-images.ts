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

/** The images of one kind of problem: how many, their names as the file gives them, and the folder they were looked for in. */
interface ProblemImages {
  count: number;
  names: string[];
  folder: string | undefined;
}

/** “a.png”, “b.png” and 3 more (names shortened to 80 characters; nothing when there is no name). */
function nameList(names: readonly string[]): string {
  const unique = [...new Set(names.filter(Boolean))];
  if (unique.length === 0) return '';
  const shown = unique.slice(0, 5).map((name) => `“${name.length > 80 ? `${name.slice(0, 79)}…` : name}”`);
  return `: ${shown.join(', ')}${unique.length > 5 ? ` and ${unique.length - 5} more` : ''}`;
}

const PROBLEM_TEXT: Record<ImageProblem, (images: ProblemImages) => string> = {
  missing: ({ count: n, names, folder }) =>
    folder === undefined
      ? `${n} ${n === 1 ? 'image is a separate file' : 'images are separate files'} Briefdesk was not given${nameList(names)} (import the file together with its folder, from the command line, to bring ${n === 1 ? 'it' : 'them'} in); the description is kept as text`
      : `${n} ${n === 1 ? 'image' : 'images'} could not be found${nameList(names)} (looked for in ${folder}); the description is kept as text`,
  remote: ({ count: n, names }) =>
    `${n} web ${n === 1 ? 'image was' : 'images were'} left out (Briefdesk does not fetch from the network)${nameList(names)}; the description is kept as text`,
  unsupported: ({ count: n, names }) =>
    `${n} ${n === 1 ? 'image is' : 'images are'} not a picture Briefdesk can use (PNG, JPEG, GIF, WebP or AVIF) and ${n === 1 ? 'was' : 'were'} left out${nameList(names)}`,
  too_large: ({ count: n, names }) =>
    `${n} ${n === 1 ? 'image is' : 'images are'} larger than 25 MB and ${n === 1 ? 'was' : 'were'} left out${nameList(names)}`,
};

/**
 * The images an import found, checked and given their content-addressed ids
 * but not yet stored: nothing reaches the library until the whole brief has
 * been checked (`store`). Problems are counted for the report.
 */
export class PendingImages {
  readonly #images = new Map<string, Uint8Array>();
  readonly #problems = new Map<ImageProblem, ProblemImages>();

  /** The asset id for `bytes` (kept for storing), or null when they are not an image the library takes (counted, under `name`). */
  add(bytes: Uint8Array, name = ''): string | null {
    const found = identify(bytes);
    if ('problem' in found) {
      this.note(found.problem, name);
      return null;
    }
    this.#images.set(found.id, bytes);
    return found.id;
  }

  /** Counts an image that could not be taken: its name as the file gives it, and the folder it was looked for in. */
  note(problem: ImageProblem, name = '', folder?: string): void {
    const images = this.#problems.get(problem) ?? { count: 0, names: [], folder };
    images.count += 1;
    if (name) images.names.push(name);
    images.folder ??= folder;
    this.#problems.set(problem, images);
  }

  /** One sentence per kind of problem met, naming the images. */
  warnings(): string[] {
    return [...this.#problems].map(([problem, images]) => `${PROBLEM_TEXT[problem](images)}.`);
  }

  /** Adds every image to the library's asset store; each must get the id it was given. */
  async store(store: LibraryStore): Promise<void> {
    for (const [id, bytes] of this.#images) {
      const stored = await store.addImage(id, bytes);
      if (stored.id !== id) throw new BriefdeskError('internal', `The image ${id} was stored as ${stored.id}.`);
    }
  }
}
