import { readFileSync } from 'node:fs';
import { imageSize } from 'image-size';
import type { LibraryStore } from '../library/library-store';

/** Pixel size of an image. */
export interface PixelSize {
  width: number;
  height: number;
}

/** The most bytes of data: URLs kept for reuse (a run over briefs sharing images reads each once). */
const EMBED_CACHE_BYTES = 64 * 1024 * 1024;

function sizeOf(bytes: Uint8Array): PixelSize | null {
  try {
    const size = imageSize(bytes);
    return size.width > 0 && size.height > 0 ? { width: size.width, height: size.height } : null;
  } catch {
    return null;
  }
}

/**
 * What the pages of one export share, read once instead of once per page:
 * the titles of the library's briefs (for related-brief links), images as
 * data: URLs and their pixel sizes. Asset files are named by their content
 * (`assets/<sha256>.<ext>`), so a path always holds the same bytes; the
 * data: URLs kept are bounded (the least recently used go first).
 * Make one per export run (`exportBriefs`) — or per page, as
 * `exportBriefHtml` does when given none.
 */
export class HtmlExportContext {
  readonly #store: LibraryStore;
  #titles: Map<string, string> | undefined;
  readonly #dataUrls = new Map<string, string>();
  #dataUrlBytes = 0;
  readonly #sizes = new Map<string, PixelSize | null>();

  constructor(store: LibraryStore) {
    this.#store = store;
  }

  /** The headline of a brief in the library (not in the Trash), or undefined. */
  title(id: string): string | undefined {
    this.#titles ??= new Map(this.#store.list().briefs.map((row) => [row.id, row.headline]));
    return this.#titles.get(id);
  }

  /** The file at `path` (an image of type `mime`) as a data: URL. Throws when it cannot be read. */
  dataUrl(path: string, mime: string): string {
    const cached = this.#dataUrls.get(path);
    if (cached !== undefined) {
      // Most recently used last: eviction takes the first.
      this.#dataUrls.delete(path);
      this.#dataUrls.set(path, cached);
      return cached;
    }
    const bytes = readFileSync(path);
    if (!this.#sizes.has(path)) this.#sizes.set(path, sizeOf(bytes));
    const url = `data:${mime};base64,${bytes.toString('base64')}`;
    this.#dataUrls.set(path, url);
    this.#dataUrlBytes += url.length;
    for (const [oldPath, oldUrl] of this.#dataUrls) {
      if (this.#dataUrlBytes <= EMBED_CACHE_BYTES || oldPath === path) break;
      this.#dataUrls.delete(oldPath);
      this.#dataUrlBytes -= oldUrl.length;
    }
    return url;
  }

  /** The pixel size of the image at `path`, or null when it cannot be read or recognised. */
  pixelSize(path: string): PixelSize | null {
    let size = this.#sizes.get(path);
    if (size === undefined) {
      try {
        size = sizeOf(readFileSync(path));
      } catch {
        size = null;
      }
      this.#sizes.set(path, size);
    }
    return size;
  }
}
