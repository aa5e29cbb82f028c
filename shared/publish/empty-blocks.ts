import type { BodyDoc, PmNodeJson } from '../model/brief';

/** The text under a node, all of it. */
export function textOf(node: PmNodeJson): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(textOf).join('');
}

/** True when an Editor's Desk block says nothing: a synced one (library reference) is never empty here. */
export function isEmptyDesk(node: PmNodeJson): boolean {
  const ref = node.attrs?.libraryRef;
  if (typeof ref === 'string' && ref.trim() !== '') return false;
  return textOf(node).trim() === '';
}

/** True when a Key Takeaways block has no point with text (as a new brief's template gives it). */
export function isEmptyTakeaways(node: PmNodeJson): boolean {
  return textOf(node).trim() === '';
}

/**
 * The body as it is exported and published: top-level Key Takeaways and
 * Editor's Desk blocks with no text (a template's, never filled in) are left
 * out, so the page shows no empty box. Pure; the brief itself is unchanged.
 */
export function withoutEmptyBlocks(body: BodyDoc): BodyDoc {
  const content = (body.content ?? []).filter(
    (node) => !(node.type === 'editorsDesk' && isEmptyDesk(node)) && !(node.type === 'keyTakeaways' && isEmptyTakeaways(node)),
  );
  return { ...body, content: content.length > 0 ? content : [{ type: 'paragraph' }] };
}
