import type { Extensions, Node } from '@tiptap/core';
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { BriefImage, type BriefImageOptions } from './nodes/brief-image';
import { Footnote, type FootnoteOptions } from './nodes/footnote';
import { HeadingAnchor } from './heading-anchor';
import { EditorsDesk, type EditorsDeskOptions } from './nodes/editors-desk';
import { KeyTakeaways, Takeaway, type KeyTakeawaysOptions, type TakeawayOptions } from './nodes/key-takeaways';
import { bodyLinkOptions } from './link-options';
import { tableExtensions } from './nodes/table';

export interface BodyExtensionOptions {
  /** How image sources are turned into loadable URLs (see BriefImage). */
  resolveImageSrc?: BriefImageOptions['resolveSrc'];
  /**
   * Extended versions of the brief blocks (e.g. with node views), used in
   * place of the schema-only ones. Each must keep its node's name.
   * @default the schema-only blocks
   */
  blockViews?: BriefBlockViews;
}

/** The body's heading levels: the brief's headline is its h1, so the body's headings are levels 2–6. */
export const BODY_HEADING_LEVELS = { top: 2, last: 6 } as const;

/** Replacements for the brief blocks, by node; see `BodyExtensionOptions.blockViews`. */
export interface BriefBlockViews {
  keyTakeaways?: Node<KeyTakeawaysOptions>;
  takeaway?: Node<TakeawayOptions>;
  editorsDesk?: Node<EditorsDeskOptions>;
  footnote?: Node<FootnoteOptions>;
}

/** The override when given (checked to keep the node's name), else the block itself. */
function blockOrOverride<Options>(block: Node<Options>, override: Node<Options> | undefined): Node<Options> {
  if (!override) return block;
  if (override.name !== block.name) {
    throw new Error(`A replacement for the "${block.name}" node is named "${override.name}"; it must keep the name.`);
  }
  return override;
}

/**
 * The nodes and marks of a brief's body, schema only: no editing plugins, no
 * views. The renderer adds behaviour (undo, placeholders, node views) on top;
 * the export renders with exactly these.
 */
export function bodyExtensions(options: BodyExtensionOptions = {}): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4, 5, 6] },
      // Code and preformatted text, kept verbatim, with its language (`<pre><code class="language-…">`).
      codeBlock: { languageClassPrefix: 'language-', defaultLanguage: null, enableTabIndentation: false },
      undoRedo: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      listKeymap: false,
      link: bodyLinkOptions(),
    }),
    BriefImage.configure(options.resolveImageSrc ? { resolveSrc: options.resolveImageSrc } : {}),
    blockOrOverride(KeyTakeaways, options.blockViews?.keyTakeaways),
    blockOrOverride(Takeaway, options.blockViews?.takeaway),
    blockOrOverride(EditorsDesk, options.blockViews?.editorsDesk),
    blockOrOverride(Footnote, options.blockViews?.footnote),
    ...tableExtensions,
    HeadingAnchor,
  ];
}

let cachedSchema: ReturnType<typeof getSchema> | undefined;

/** The ProseMirror schema of a body, for validating stored JSON. */
export function bodySchema(): ReturnType<typeof getSchema> {
  cachedSchema ??= getSchema(bodyExtensions());
  return cachedSchema;
}
