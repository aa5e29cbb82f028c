import type { BodyDoc, PmNodeJson } from '../model/brief';
import { EDITORS_DESK, libraryRefOf } from './nodes/editors-desk';
import { KEY_TAKEAWAYS, TAKEAWAY } from './nodes/key-takeaways';

const emptyParagraph = (): PmNodeJson => ({ type: 'paragraph' });

/** The skeleton of one top-level block, or null when the block is body text and is dropped. */
function skeletonOf(node: PmNodeJson): PmNodeJson | null {
  switch (node.type) {
    case KEY_TAKEAWAYS: {
      const items = (node.content ?? []).filter((item) => item.type === TAKEAWAY);
      const emptied = items.map((): PmNodeJson => ({ type: TAKEAWAY }));
      return { type: KEY_TAKEAWAYS, content: emptied.length > 0 ? emptied : [{ type: TAKEAWAY }] };
    }
    case EDITORS_DESK:
      // A synced desk is the library's text, not this brief's: it stays whole.
      if (libraryRefOf(node) !== null) return structuredClone(node);
      return { type: EDITORS_DESK, attrs: { ...node.attrs }, content: [emptyParagraph()] };
    case 'heading':
      return structuredClone(node);
    default:
      return null;
  }
}

/**
 * The structure of a brief's body, for a template: Key Takeaways blocks with
 * the same number of items, emptied; Editor's Desk blocks with their title
 * and sign-off, content reduced to one empty paragraph (a desk synced to the
 * desk library is kept whole); headings with their text, as section
 * prompts. Everything else — paragraphs, lists, quotes, images, rules — is
 * dropped. Only top-level blocks are looked at. The skeleton always ends
 * with an empty paragraph, where the analyst starts writing. Pure.
 */
export function templateSkeleton(body: BodyDoc): BodyDoc {
  const blocks = (body.content ?? []).map(skeletonOf).filter((block) => block !== null);
  return { type: 'doc', content: [...blocks, emptyParagraph()] };
}
