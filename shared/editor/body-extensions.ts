import type { Extensions } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { BriefImage, type BriefImageOptions } from './brief-image';
import { briefBlockExtensions } from './brief-blocks';
import { isAllowedLinkHref } from './link-policy';

export interface BodyExtensionOptions {
  /** How image sources are turned into loadable URLs (see BriefImage). */
  resolveImageSrc?: BriefImageOptions['resolveSrc'];
}

/**
 * The nodes and marks of a brief's body, schema only: no editing plugins, no
 * views. The renderer adds behaviour (undo, placeholders, node views) on top;
 * the export renders with exactly these.
 */
export function bodyExtensions(options: BodyExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      codeBlock: false,
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      listKeymap: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    BriefImage.configure(options.resolveImageSrc ? { resolveSrc: options.resolveImageSrc } : {}),
    ...briefBlockExtensions,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | undefined;

/** The ProseMirror schema of a body, for validating stored JSON. */
export function bodySchema(): ReturnType<typeof getSchema> {
  cachedSchema ??= getSchema(bodyExtensions());
  return cachedSchema;
}
