import type { Config, DOMPurify } from 'dompurify';
import { setBlockDirections } from '../editor/block-direction';
import { validAnchor } from '../editor/valid-anchor';
import { isAllowedLinkHref } from '../editor/link-policy';
import { NOTES_HEADING_ID, RESERVED_NOTE_ID } from '../editor/nodes/footnote';
import { structureTables } from '../editor/nodes/table';
import {
  attributeHook,
  BLOCK_ATTRIBUTES,
  BLOCK_CLASSES,
  classRule,
  COMMON_ATTRIBUTE_RULES,
  STRICT_PURIFY_OPTIONS,
  TABLE_CELL_ATTRIBUTES,
  TABLE_TAGS,
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
  'h5',
  'h6',
  'p',
  'pre',
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
  'sup',
  'a',
  'img',
  ...TABLE_TAGS,
];

/** The attributes the body schema renders (checked further per element in `checkAttribute`). */
const ALLOWED_ATTR = [
  'class',
  'href',
  'rel',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'start',
  'type',
  'aria-label',
  'aria-labelledby',
  'id',
  'role',
  'lang',
  'data-anchor',
  ...TABLE_CELL_ATTRIBUTES,
  ...BLOCK_ATTRIBUTES,
];

/** The classes of the endnotes (renderEndnotes) beside the blocks'. */
const EXPORT_CLASSES = [...BLOCK_CLASSES, 'footnote-ref', 'footnote-backref', 'footnotes', 'footnotes-title'];

/** The ARIA roles of the endnotes, by element. */
const ROLES: Record<string, readonly string[]> = { a: ['doc-noteref', 'doc-backlink'], section: ['doc-endnotes'] };

/** A link to a place in the same page: `#` and an anchor. */
const IN_PAGE_HREF = /^#(.+)$/;

/** The anchor an in-page link points at, or null when `href` is not one. */
function inPageTarget(href: string): string | null {
  const match = IN_PAGE_HREF.exec(href);
  return match?.[1] ? validAnchor(match[1]) : null;
}

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
  [
    'href',
    (element, value) => {
      if (element.localName !== 'a') return false;
      if (isAllowedLinkHref(value)) return new URL(value).href;
      // A link inside the page stays while its target is on the page (checked once sanitized, in tidy).
      return inPageTarget(value) !== null;
    },
  ],
  ['src', (element, value) => element.localName === 'img' && isExportableImageSrc(value)],
  ['rel', (element) => element.localName === 'a'],
  ['aria-label', (element) => element.localName === 'section' || element.localName === 'a'],
  ['aria-labelledby', (element, value) => element.localName === 'section' && value === NOTES_HEADING_ID],
  ['id', (element, value) => ['a', 'li', 'h2'].includes(element.localName) && RESERVED_NOTE_ID.test(value)],
  ['role', (element, value) => ROLES[element.localName]?.includes(value) ?? false],
  ['lang', (element, value) => element.localName === 'h2' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(value)],
  ['data-anchor', (element, value) => /^h[2-6]$/.test(element.localName) && validAnchor(value) !== null],
  ['class', classRule(new Set(EXPORT_CLASSES))],
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
 * broken images, empty headings and takeaways; tables get their `<thead>`
 * and header scopes (structureTables); each block its direction from its
 * own text (`dir="auto"`, setBlockDirections). Reads the elements under
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
    const href = link.getAttribute('href');
    if (href !== null && !href.startsWith('#')) link.setAttribute('rel', 'noopener noreferrer');
    else link.removeAttribute('rel');
  }
  const isEmpty = (element: Element): boolean =>
    (element.textContent ?? '').trim() === '' && element.getElementsByTagName('img').length === 0;
  for (const heading of named('h2', 'h3', 'h4', 'h5', 'h6')) {
    if (!withinClass(heading, 'editors-desk') && !withinClass(heading, 'key-takeaways') && isEmpty(heading)) heading.remove();
  }
  for (const item of elements.filter(isTakeawayItem)) {
    if (isEmpty(item)) item.remove();
  }
  for (const block of named('section')) {
    if (block.classList.contains('key-takeaways') && !Array.from(block.getElementsByTagName('li')).some(isTakeawayItem)) block.remove();
  }
  anchorsToIds(elements);
  structureTables(root);
  setBlockDirections(elements);
}

/**
 * Gives headings their anchors as ids (each id once; the notes' own ids are
 * never taken), then unlinks in-page links whose target is not on the page
 * (their text stays).
 */
function anchorsToIds(elements: readonly Element[]): void {
  const ids = new Set(elements.flatMap((element) => (element.id ? [element.id] : [])));
  for (const heading of elements.filter((element) => element.hasAttribute('data-anchor'))) {
    const anchor = validAnchor(heading.getAttribute('data-anchor'));
    heading.removeAttribute('data-anchor');
    if (anchor === null || ids.has(anchor) || RESERVED_NOTE_ID.test(anchor)) continue;
    heading.id = anchor;
    ids.add(anchor);
  }
  for (const link of elements.filter((element) => element.localName === 'a')) {
    const target = inPageTarget(link.getAttribute('href') ?? '');
    if (target === null || ids.has(target)) continue;
    link.removeAttribute('href');
    link.removeAttribute('rel');
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
