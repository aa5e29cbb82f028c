import type { Node as PmNode } from '@tiptap/pm/model';
import { EDITORS_DESK, EDITORS_DESK_DEFAULT_TITLE } from '../../shared/editor/nodes/editors-desk';
import { KEY_TAKEAWAYS } from '../../shared/editor/nodes/key-takeaways';

export type OutlineKind = 'heading' | 'takeaways' | 'desk';

/** One takeaway as the outline shows it. */
export interface OutlineItem {
  text: string;
  /** Only unmarked text: the outline may rewrite it as plain text without losing anything. */
  plain: boolean;
}

interface EntryBase {
  /** Stable while the document's structure stays: kind and ordinal ("takeaways-0"). */
  key: string;
  /** Which one of its kind, in document order. */
  ordinal: number;
}

export type OutlineEntry =
  | (EntryBase & { kind: 'heading'; level: number; text: string })
  | (EntryBase & { kind: 'takeaways'; items: OutlineItem[] })
  | (EntryBase & { kind: 'desk'; title: string });

/**
 * The outline entries of a document: headings, Key Takeaways blocks (with
 * their items) and Editor's Desk blocks, in document order. No positions:
 * typing above an entry does not change the outline, so the panel does not
 * re-render on every keystroke.
 */
export function buildOutline(doc: PmNode): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  walkOutline(doc, (kind, node, _pos, ordinal) => {
    const key = `${kind}-${ordinal}`;
    if (kind === 'heading') {
      const level: unknown = node.attrs.level;
      entries.push({ kind, key, ordinal, level: typeof level === 'number' ? level : 2, text: node.textContent });
    } else if (kind === 'takeaways') {
      const items: OutlineItem[] = [];
      node.forEach((item) => items.push({ text: item.textContent, plain: isPlainText(item) }));
      entries.push({ kind, key, ordinal, items });
    } else {
      const title: unknown = node.attrs.title;
      entries.push({ kind, key, ordinal, title: typeof title === 'string' && title.trim() ? title : EDITORS_DESK_DEFAULT_TITLE });
    }
  });
  return entries;
}

/** True when a textblock holds only text without marks. */
export function isPlainText(node: PmNode): boolean {
  let plain = true;
  node.forEach((child) => {
    plain &&= child.isText && child.marks.length === 0;
  });
  return plain;
}

/** Visits the nodes the outline lists, with their position and ordinal among their kind. */
export function walkOutline(doc: PmNode, visit: (kind: OutlineKind, node: PmNode, pos: number, ordinal: number) => void): void {
  const counts: Record<OutlineKind, number> = { heading: 0, takeaways: 0, desk: 0 };
  const kindOf = (node: PmNode): OutlineKind | null => {
    if (node.type.name === 'heading') return 'heading';
    if (node.type.name === KEY_TAKEAWAYS) return 'takeaways';
    if (node.type.name === EDITORS_DESK) return 'desk';
    return null;
  };
  doc.descendants((node, pos) => {
    const kind = kindOf(node);
    if (kind) {
      visit(kind, node, pos, counts[kind]);
      counts[kind] += 1;
    }
    // Desks hold text worth listing (a heading in a quote); headings and takeaways do not.
    return kind === 'desk' || (kind === null && !node.isTextblock);
  });
}

/** The position and node of the `ordinal`-th entry of `kind`, or null. */
export function findOutlineNode(doc: PmNode, kind: OutlineKind, ordinal: number): { pos: number; node: PmNode } | null {
  let found: { pos: number; node: PmNode } | null = null;
  walkOutline(doc, (seenKind, node, pos, seenOrdinal) => {
    if (!found && seenKind === kind && seenOrdinal === ordinal) found = { pos, node };
  });
  return found;
}

/** Where the cursor goes for an entry (an item of a takeaways block when `item` is given): the end of its text. */
export function cursorPosFor(kind: OutlineKind, pos: number, node: PmNode, item?: number): number {
  if (kind === 'heading') return pos + 1 + node.content.size;
  if (kind === 'desk') return pos + 2;
  let itemPos = pos + 1;
  const index = Math.min(item ?? 0, node.childCount - 1);
  for (let i = 0; i < index; i += 1) itemPos += node.child(i).nodeSize;
  return itemPos + 1 + node.child(index).content.size;
}
