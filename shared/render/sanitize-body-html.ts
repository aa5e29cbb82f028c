import type { Config, DOMPurify, UponSanitizeAttributeHookEvent } from 'dompurify';
import { isAllowedLinkHref } from '../editor/link-policy';

/** The elements the body schema renders; nothing else reaches an export. */
const ALLOWED_TAGS = [
  'section', 'aside', 'div', 'footer', 'figure', 'figcaption',
  'h2', 'h3', 'h4', 'p', 'ol', 'ul', 'li', 'blockquote', 'hr', 'br',
  'strong', 'em', 'u', 's', 'code', 'span', 'a', 'img',
];

/** The attributes the body schema renders (checked further per element in `checkAttribute`). */
const ALLOWED_ATTR = [
  'class', 'href', 'rel', 'src', 'alt', 'title', 'width', 'height', 'start', 'type', 'aria-label',
  'data-type', 'data-title', 'data-desk-name', 'data-series', 'data-publication',
];

/** Classes the brief blocks put on their elements. */
const ALLOWED_CLASSES = new Set([
  'key-takeaways', 'key-takeaways-title', 'key-takeaways-list',
  'editors-desk', 'editors-desk-badge', 'editors-desk-title', 'editors-desk-body', 'editors-desk-signoff',
  'editors-desk-desk-name', 'editors-desk-series', 'editors-desk-publication',
]);

const DATA_TYPES = new Set(['key-takeaways', 'takeaway', 'editors-desk']);

/** Images a standalone page may show: embedded bytes of the library's image types. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);base64,[A-Za-z0-9+/]+={0,2}$/;

/** A relative path inside the export folder (e.g. `slug-assets/<sha256>.png`): no scheme, no `..`, no `//`. */
const RELATIVE_ASSET = /^(?!.*\.\.)(?!\/)[A-Za-z0-9_-][A-Za-z0-9._~/-]*$/;

/** A library image in a site's shared folder, seen from a page one folder down (`../assets/<sha256>.png`). */
const SITE_ASSET = /^\.\.\/[A-Za-z0-9_-]+\/[a-f0-9]{64}\.(?:png|jpg|gif|webp|avif)$/;

const INTEGER = /^\d{1,5}$/;

/** Whether an image `src` can appear in an export: embedded image bytes, a file beside the page or a site's shared image. */
export function isExportableImageSrc(src: string): boolean {
  return DATA_IMAGE.test(src) || RELATIVE_ASSET.test(src) || SITE_ASSET.test(src);
}

function keep(event: UponSanitizeAttributeHookEvent, allowed: boolean): void {
  if (!allowed) event.keepAttr = false;
}

/** Per-element rules on top of the allow-lists. */
function checkAttribute(element: Element, event: UponSanitizeAttributeHookEvent): void {
  const tag = element.localName;
  const value = event.attrValue.trim();
  switch (event.attrName) {
    case 'href':
      if (tag === 'a' && isAllowedLinkHref(value)) event.attrValue = new URL(value).href;
      else event.keepAttr = false;
      return;
    case 'src':
      return keep(event, tag === 'img' && isExportableImageSrc(value));
    case 'alt':
    case 'width':
    case 'height':
      return keep(event, tag === 'img' && (event.attrName === 'alt' || INTEGER.test(value)));
    case 'start':
      return keep(event, tag === 'ol' && INTEGER.test(value));
    case 'type':
      return keep(event, tag === 'ol' && /^[1aAiI]$/.test(value));
    case 'rel':
      return keep(event, tag === 'a');
    case 'aria-label':
      return keep(event, tag === 'section');
    case 'data-type':
      return keep(event, DATA_TYPES.has(value));
    case 'class': {
      const classes = value.split(/\s+/).filter((name) => ALLOWED_CLASSES.has(name));
      if (classes.length === 0) event.keepAttr = false;
      else event.attrValue = classes.join(' ');
      return;
    }
    default:
      return;
  }
}

/** Removes what the allow-lists let through but a reader should not get: broken images, empty headings and takeaways. */
function tidy(root: ParentNode): void {
  for (const image of Array.from(root.querySelectorAll('img'))) {
    if (!image.hasAttribute('src')) image.remove();
    else if (!image.hasAttribute('alt')) image.setAttribute('alt', '');
  }
  for (const link of Array.from(root.querySelectorAll('a'))) {
    if (link.hasAttribute('href')) link.setAttribute('rel', 'noopener noreferrer');
    else link.removeAttribute('rel');
  }
  const isEmpty = (element: Element): boolean => (element.textContent ?? '').trim() === '' && !element.querySelector('img');
  for (const heading of Array.from(root.querySelectorAll('h2, h3, h4'))) {
    if (!heading.closest('.editors-desk, .key-takeaways') && isEmpty(heading)) heading.remove();
  }
  for (const item of Array.from(root.querySelectorAll('.key-takeaways-list > li'))) {
    if (isEmpty(item)) item.remove();
  }
  for (const block of Array.from(root.querySelectorAll('section.key-takeaways'))) {
    if (!block.querySelector('.key-takeaways-list > li')) block.remove();
  }
}

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
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
  const fragment = purify.sanitize(html, CONFIG);
  tidy(fragment);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
