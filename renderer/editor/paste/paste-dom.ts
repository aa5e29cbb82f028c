/** Small DOM helpers for the paste's clean-up; realm-neutral (no instanceof), so they work on any window's nodes. */

/** True for an element node. */
export function isElement(node: Node | null): node is Element {
  return node !== null && node.nodeType === 1;
}

/** True for a text node of spaces and no-break spaces only. */
export function isBlankText(node: Node): boolean {
  return node.nodeType === 3 && (node.textContent ?? '').replace(/\u00a0/g, ' ').trim() === '';
}

/** Replaces `element` with its children. */
export function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

/** Puts `element`'s children inside a new element named `name`, which becomes its only child. */
export function wrapChildren(element: Element, name: string): Element {
  const wrapper = element.ownerDocument.createElement(name);
  wrapper.append(...Array.from(element.childNodes));
  element.append(wrapper);
  return wrapper;
}

/** Elements that hold blocks, not text. */
export const BLOCK_NAMES = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'hr',
  'dl',
  'dt',
  'dd',
]);

/** True for an element that is a block (or an image, a block in the body). */
export function isBlockLevel(node: Node): boolean {
  return isElement(node) && (BLOCK_NAMES.has(node.localName) || node.localName === 'img');
}
