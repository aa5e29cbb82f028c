import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { bodyLinkOptions } from '../../../shared/editor/link-options';
import { footnoteViews } from '../footnote/footnote-views';

/**
 * The editor of a desk-library block's text ("Edit original"): only what an
 * Editor's Desk body holds — paragraphs, lists, quotes, the body's marks and
 * footnotes — so what it produces always fits the block.
 */
export function deskContentExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: false,
      codeBlock: false,
      horizontalRule: false,
      dropcursor: false,
      gapcursor: false,
      trailingNode: false,
      undoRedo: { depth: 100 },
      link: bodyLinkOptions(),
    }),
    ...[footnoteViews().footnote].filter((node) => node !== undefined),
    Placeholder.configure({ placeholder: 'The analysis: what this means, and what to watch' }),
  ];
}
