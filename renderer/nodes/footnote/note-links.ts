import { Fragment, type Mark, type MarkType, type Node as PmNode, type Schema } from '@tiptap/pm/model';
import { isAllowedLinkHref } from '../../../shared/editor/link-policy';

/** Punctuation that ends a sentence after an address rather than belonging to it. */
const TRAILING = /[.,;:!?)\]}'"’”»]+$/;

/** A web address typed as a word of text, without the punctuation after it, or null. */
export function addressIn(word: string): string | null {
  if (!/^(?:https?:\/\/|mailto:)/i.test(word)) return null;
  const address = word.replace(TRAILING, '');
  return isAllowedLinkHref(address) ? address : null;
}

/** A text node's pieces: web addresses linked, the rest as it was. */
function linkText(schema: Schema, link: MarkType, node: PmNode): PmNode[] {
  const text = node.text ?? '';
  const pieces: PmNode[] = [];
  let rest = '';
  const flush = (): void => {
    if (rest) pieces.push(schema.text(rest, node.marks));
    rest = '';
  };
  for (const part of text.split(/(\s+)/)) {
    const address = addressIn(part);
    if (address === null) {
      rest += part;
      continue;
    }
    flush();
    const marks: readonly Mark[] = link.create({ href: address }).addToSet(node.marks);
    pieces.push(schema.text(address, marks));
    rest += part.slice(address.length);
  }
  flush();
  return pieces;
}

/**
 * A note's content with every web address typed as plain text made a link
 * (as the body's autolink does while typing), text already linked left as
 * it is. Returns the same fragment when there is nothing to link.
 */
export function linkAddresses(content: Fragment, schema: Schema): Fragment {
  const link = schema.marks.link;
  if (!link) return content;
  let changed = false;
  const nodes: PmNode[] = [];
  content.forEach((node) => {
    if (!node.isText || link.isInSet(node.marks) || !/(?:https?:\/\/|mailto:)/i.test(node.text ?? '')) {
      nodes.push(node);
      return;
    }
    const pieces = linkText(schema, link, node);
    changed = true;
    nodes.push(...pieces);
  });
  return changed ? Fragment.from(nodes) : content;
}
