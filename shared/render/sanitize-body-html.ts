import type { Config, DOMPurify } from 'dompurify';
import { isAllowedLinkHref } from '../editor/link-policy';
import {
  attributeHook,
  BLOCK_ATTRIBUTES,
  BLOCK_CLASSES,
  classRule,
  COMMON_ATTRIBUTE_RULES,
  STRICT_PURIFY_OPTIONS,
} from '../editor/sanitize-rules';

/** The elements the body schema renders; nothing else reaches an export. */
const ALLOWED_TAGS = [
  'section',
  'aside',
  'div',
  'footer',
  'figure',
  'figcaption',
  'h2',
  'h3',
  'h4',
  'p',
  'ol',
  'ul',
  'li',
  'blockquote',
  'hr',
  'br',
  'strong',
  'em',
  'u',
  's',
  'code',
  'span',
  'a',
  'img',
];

/** The attributes the body schema renders (checked further per element in `checkAttribute`). */
const ALLOWED_ATTR = ['class', 'href', 'rel', 'src', 'alt', 'title', 'width', 'height', 'start', 'type', 'aria-label', ...BLOCK_ATTRIBUTES];

/** Images a standalone page may show: embedded bytes of the library's image types. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** A relative path inside the export folder (e.g. `slug-assets/<sha256>.png`): no scheme, no `..`, no `//`. */
const RELATIVE_ASSET = /^(?!.*\.\.)(?!\/)[A-Za-z0-9_-][A-Za-z0-9._~/-]*$/;

/** A library image in a site's shared folder, seen from a page one folder down (`../assets/<sha256>.png`). */
const SITE_ASSET = /^\.\.\/[A-Za-z0-9_-]+\/[a-f0-9]{64}\.(?:png|jpg|gif|webp|avif)$/;

/** Whether an image `src` can appear in an export: embedded image bytes, a file beside the page or a site's shared image. */
export function isExportableImageSrc(src: string): boolean {
  return DATA_IMAGE.test(src) || RELATIVE_ASSET.test(src) || SITE_ASSET.test(src);
}

/** Per-element rules on top of the allow-lists. */
const checkAttribute = attributeHook([
  ...COMMON_ATTRIBUTE_RULES,
  ['href', (element, value) => (element.localName === 'a' && isAllowedLinkHref(value) ? new URL(value).href : false)],
  ['src', (element, value) => element.localName === 'img' && isExportableImageSrc(value)],
  ['rel', (element) => element.localName === 'a'],
  ['aria-label', (element) => element.localName === 'section'],
  ['class', classRule(new Set(BLOCK_CLASSES))],
]);

/** Whether `element` or one of its ancestors has the class `name`. */
function withinClass(element: Element, name: string): boolean {
  for (let at: Element | null = element; at !== null; at = at.parentElement) {
    if (at.classList.contains(name)) return true;
  }
  return false;
}

/** A Key Takeaways item: an `li` right inside the block's list. */
const isTakeawayItem = (element: Element): boolean =>
  element.localName === 'li' && element.parentElement !== null && element.parentElement.classList.contains('key-takeaways-list');

/**
 * Removes what the allow-lists let through but a reader should not get:
 * broken images, empty headings and takeaways. Reads the elements under
 * `root` once, in document order (getElementsByTagName is much cheaper than
 * selector queries in jsdom).
 */
function tidy(root: Element): void {
  const elements = Array.from(root.getElementsByTagName('*'));
  const named = (...names: string[]): Element[] => elements.filter((element) => names.includes(element.localName));
  for (const image of named('img')) {
    if (!image.hasAttribute('src')) image.remove();
    else if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
  }
  for (const link of named('a')) {
    if (link.hasAttribute('href')) link.setAttribute('rel', 'noopener noreferrer');
    else link.removeAttribute('rel');
  }
  const isEmpty = (element: Element): boolean =>
    (element.textContent ?? '').trim() === '' && element.getElementsByTagName('img').length === 0;
  for (const heading of named('h2', 'h3', 'h4')) {
    if (!withinClass(heading, 'editors-desk') && !withinClass(heading, 'key-takeaways') && isEmpty(heading)) heading.remove();
  }
  for (const item of elements.filter(isTakeawayItem)) {
    if (isEmpty(item)) item.remove();
  }
  for (const block of named('section')) {
    if (block.classList.contains('key-takeaways') && !Array.from(block.getElementsByTagName('li')).some(isTakeawayItem)) block.remove();
  }
}

const CONFIG = {
  // DOMPurify walks from the <body> of the document it sanitizes in; allowed, it is kept as the container
  // (its children are what is returned) instead of being removed after a deep copy of everything in it.
  // Body HTML never holds a <body> of its own: the body schema renders none and a parser never nests one.
  ALLOWED_TAGS: [...ALLOWED_TAGS, 'body'],
  ALLOWED_ATTR,
  ...STRICT_PURIFY_OPTIONS,
} satisfies Config;

/** Adds the export's attribute rules to a DOMPurify instance (once per instance). */
export function configureBodySanitizer(purify: DOMPurify): void {
  purify.addHook('uponSanitizeAttribute', (node, event) => checkAttribute(node, event));
}

/**
 * Sanitizes body HTML for an export with DOMPurify: only the elements and
 * attributes the body schema renders survive; links keep http(s)/mailto
 * targets and get `rel="noopener noreferrer"`; images keep embedded
 * (`data:image/…;base64`) or relative sources, or are dropped; empty headings
 * and takeaways go. `purify` must have been passed to `configureBodySanitizer`.
 */
export function sanitizeBodyHtml(purify: DOMPurify, html: string): string {
  return tidied(purify.sanitize(html, CONFIG));
}

/**
 * `sanitizeBodyHtml` for body HTML already built as DOM nodes (by the body
 * serializer, in the window `purify` was made for): DOMPurify works on a
 * copy of the nodes, so the HTML is not serialized and parsed again. Gives
 * what `sanitizeBodyHtml` gives for the nodes' HTML when that HTML reads
 * back as the same nodes (text without CR or NUL, elements nested as the
 * body schema nests them).
 */
export function sanitizeBodyFragment(purify: DOMPurify, nodes: Node): string {
  return tidied(purify.sanitize(nodes, CONFIG));
}

/** The sanitized nodes, tidied, as HTML. */
function tidied(fragment: DocumentFragment): string {
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  tidy(container);
  return container.innerHTML;
}
