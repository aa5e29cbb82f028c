import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { bodyLinkOptions } from '../../../shared/editor/link-options';

/**
 * The editor of a desk-library block's text ("Edit original"): only what an
 * Editor's Desk body holds — paragraphs, lists, quotes and the body's marks —
 * so what it produces always fits the block.
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
    Placeholder.configure({ placeholder: 'The analysis: what this means, and what to watch' }),
  ];
}
