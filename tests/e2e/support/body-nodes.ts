import type { BodyDoc, PmNodeJson } from '../../../shared/model/brief';

/** The top-level blocks of a stored body whose node type is `type` ("keyTakeaways", "editorsDesk"). */
export function topLevelBlocks(body: BodyDoc, type: string): PmNodeJson[] {
  return (body.content ?? []).filter((node) => node.type === type);
}

/** The plain text of a stored node (its text nodes, joined). */
export function nodeText(node: PmNodeJson): string {
  if (typeof node.text === 'string') return node.text;
  return (node.content ?? []).map(nodeText).join('');
}

/** The item texts of a stored `keyTakeaways` node, in order. */
export function storedTakeaways(block: PmNodeJson): string[] {
  return (block.content ?? []).filter((item) => item.type === 'takeaway').map(nodeText);
}

/** Every node type used anywhere in a stored body. */
export function nodeTypesIn(body: BodyDoc): Set<string> {
  const types = new Set<string>();
  const visit = (node: PmNodeJson): void => {
    types.add(node.type);
    node.content?.forEach(visit);
  };
  (body.content ?? []).forEach(visit);
  return types;
}

/** A paragraph node (empty without text). */
export function paragraphNode(text = ''): PmNodeJson {
  return text === '' ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** An `editorsDesk` node as the editor stores it; synced to a library block when `libraryRef` is given. */
export function deskNode(
  fields: { title: string; deskName: string; series: string; publication: string; text: string },
  libraryRef: string | null = null,
): PmNodeJson {
  const { text, ...attrs } = fields;
  return { type: 'editorsDesk', attrs: { ...attrs, libraryRef }, content: [paragraphNode(text)] };
}
