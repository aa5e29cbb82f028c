import type { Extensions } from '@tiptap/core';
import { Placeholder } from '@tiptap/extensions';
import StarterKit from '@tiptap/starter-kit';
import { isAllowedLinkHref } from '../../../shared/editor/link-policy';

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
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { rel: 'noopener noreferrer', target: null },
      },
    }),
    Placeholder.configure({ placeholder: 'The analysis: what this means, and what to watch' }),
  ];
}
