import type { Node as PmNode } from '@tiptap/pm/model';

/**
 * Each block of a brief takes its direction from its own first strong
 * character (`dir="auto"`): an Arabic paragraph in an English brief reads
 * right to left, an English quote in an Arabic brief left to right.
 *
 * `dir="auto"` looks at the text of an element but skips any descendant with
 * a `dir` of its own, so a list item whose paragraph had `dir="auto"` would
 * find no text and stay left to right (its bullet on the wrong side). The
 * containers (list and takeaway items, quotes, table cells, captions) get
 * `dir="auto"` themselves, and the text blocks inside them follow them; the
 * other text blocks (paragraphs, headings) get their own.
 */
export const DIRECTION_CONTAINER_NODES: ReadonlySet<string> = new Set(['listItem', 'takeaway', 'blockquote', 'tableCell', 'tableHeader']);

/** The text blocks that get `dir="auto"` of their own when no container holds them (code keeps the page's direction). */
export const DIRECTION_TEXT_NODES: ReadonlySet<string> = new Set(['paragraph', 'heading']);

/** The same rule on HTML elements: the containers… */
const CONTAINER_TAGS: ReadonlySet<string> = new Set(['li', 'blockquote', 'td', 'th', 'figcaption']);

/** …and the text blocks. */
const TEXT_TAGS: ReadonlySet<string> = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Whether an ancestor of `element` is a direction container. */
function inContainer(element: Element): boolean {
  for (let at = element.parentElement; at !== null; at = at.parentElement) {
    if (CONTAINER_TAGS.has(at.localName)) return true;
  }
  return false;
}

/**
 * Gives `dir="auto"` to each of `elements` the rule above picks (a
 * container, or a text block outside every container). Elements already
 * given a direction keep it.
 */
export function setBlockDirections(elements: Iterable<Element>): void {
  for (const element of elements) {
    if (element.hasAttribute('dir')) continue;
    const name = element.localName;
    if (CONTAINER_TAGS.has(name) || (TEXT_TAGS.has(name) && !inContainer(element))) element.setAttribute('dir', 'auto');
  }
}

/**
 * The document positions (`from`, `to`) of the nodes of `node`'s subtree
 * (`node` itself starting at `pos`) the rule picks, in document order.
 * `inside` tells whether a container already holds `node`.
 */
export function blockDirectionRanges(node: PmNode, pos: number, inside = false): Array<{ from: number; to: number }> {
  const ranges: Array<{ from: number; to: number }> = [];
  const visit = (current: PmNode, at: number, held: boolean): void => {
    const name = current.type.name;
    const container = DIRECTION_CONTAINER_NODES.has(name);
    if (container || (!held && DIRECTION_TEXT_NODES.has(name))) ranges.push({ from: at, to: at + current.nodeSize });
    if (current.isTextblock) return;
    current.forEach((child, offset) => visit(child, at + 1 + offset, held || container));
  };
  visit(node, pos, inside);
  return ranges;
}
