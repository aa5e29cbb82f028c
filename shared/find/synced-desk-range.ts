import type { Node as PmNode, NodeType } from '@tiptap/pm/model';

/** Whether an Editor's Desk node is a synced instance of a desk-library block. */
export function isSyncedDesk(node: PmNode): boolean {
  const ref: unknown = node.attrs.libraryRef;
  return typeof ref === 'string' && ref !== '';
}

/** True when the range `from`–`to` of `doc` lies inside the content of a synced desk. */
export function insideSyncedDesk(doc: PmNode, from: number, to: number, deskType: NodeType): boolean {
  const $from = doc.resolve(from);
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type === deskType && isSyncedDesk(node) && to <= $from.end(depth)) return true;
  }
  return false;
}
