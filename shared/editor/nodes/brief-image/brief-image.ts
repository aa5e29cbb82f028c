import Image, { type ImageOptions } from '@tiptap/extension-image';
import { mergeAttributes } from '@tiptap/core';

/** Node name of the body's image. */
export const BRIEF_IMAGE = 'image';
/** Prefix of an image `src` that points into the library's asset store. */
export const ASSET_SRC_PREFIX = 'asset:';

export interface BriefImageOptions {
  /**
   * Turns a stored `src` (an `asset:<sha256>.<ext>` reference or an https URL)
   * into the URL the current surface can load (a shell URL, a data: URL in an
   * export, a relative file path…). Returns null when it cannot be shown.
   * @default identity for http(s) URLs, null for asset references
   */
  resolveSrc: (src: string) => string | null;
}

/** An asset id from an `asset:` src, or null. */
export function assetIdFromSrc(src: string): string | null {
  return src.startsWith(ASSET_SRC_PREFIX) ? src.slice(ASSET_SRC_PREFIX.length) : null;
}

function pixelSize(value: string | null): number | null {
  const size = value === null ? Number.NaN : Number.parseInt(value, 10);
  return Number.isFinite(size) && size > 0 ? size : null;
}

const defaultResolve = (src: string): string | null => (/^https?:\/\//i.test(src) ? src : null);

/**
 * The body's inline image. The JSON keeps `src` as a library reference
 * (`asset:<id>`), never a shell URL or inlined bytes; the rendered HTML carries
 * the reference in `data-asset` so a copy and paste inside the editor finds
 * its way back to the same asset.
 */
export const BriefImage = Image.extend<BriefImageOptions & ImageOptions>({
  name: BRIEF_IMAGE,

  addOptions() {
    return {
      HTMLAttributes: {},
      inline: false,
      allowBase64: false,
      resize: false,
      resolveSrc: defaultResolve,
    };
  },

  addAttributes() {
    return {
      src: {
        default: null,
        parseHTML: (element: HTMLElement) => {
          const asset = element.getAttribute('data-asset');
          if (asset) return `${ASSET_SRC_PREFIX}${asset}`;
          const src = element.getAttribute('src');
          return src && /^https?:\/\//i.test(src) ? src : null;
        },
        renderHTML: () => ({}),
      },
      alt: { default: '' },
      title: { default: null },
      width: { default: null, parseHTML: (element: HTMLElement) => pixelSize(element.getAttribute('width')) },
      height: { default: null, parseHTML: (element: HTMLElement) => pixelSize(element.getAttribute('height')) },
    };
  },

  parseHTML() {
    return [{ tag: 'img[data-asset]' }, { tag: 'img[src]' }];
  },

  renderHTML({ node, HTMLAttributes }) {
    const src = typeof node.attrs.src === 'string' ? node.attrs.src : '';
    const asset = assetIdFromSrc(src);
    const resolved = src ? this.options.resolveSrc(src) : null;
    return [
      'img',
      mergeAttributes(this.options.HTMLAttributes, HTMLAttributes, {
        src: resolved ?? '',
        'data-asset': asset ?? undefined,
      }),
    ];
  },
});
