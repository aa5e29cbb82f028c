import type { Config, DOMPurify } from 'dompurify';
import { validAnchor } from './valid-anchor';
import { isStorableLinkHref } from './link-policy';
import {
  type AttributeRule,
  attributeHook,
  BLOCK_ATTRIBUTES,
  BLOCK_CLASSES,
  classRule,
  COMMON_ATTRIBUTE_RULES,
  STRICT_PURIFY_OPTIONS,
  TABLE_CELL_ATTRIBUTES,
} from './sanitize-rules';

/** Elements an imported page may keep: text structure the body schema (or the importer) can use. */
const ALLOWED_TAGS = [
  'article',
  'main',
  'section',
  'header',
  'footer',
  'aside',
  'div',
  'span',
  'figure',
  'figcaption',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'br',
  'hr',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'a',
  'img',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'strike',
  'del',
  'ins',
  'code',
  'kbd',
  'samp',
  'mark',
  'small',
  'sub',
  'sup',
  'abbr',
  'cite',
  'q',
  'time',
];

const ALLOWED_ATTR = [
  'href',
  'src',
  'alt',
  'title',
  'width',
  'height',
  'start',
  'type',
  'class',
  'data-anchor',
  ...TABLE_CELL_ATTRIBUTES,
  ...BLOCK_ATTRIBUTES,
];

/** What the editor writes into its own copies, so a copy and paste inside Briefdesk keeps images, synced desks and the slice's shape. */
const EDITOR_COPY_ATTR = ['data-asset', 'data-library-ref', 'data-pm-slice'];

/** Site chrome whose text is not part of an article: removed with its content. */
const CHROME = ['nav', 'form', 'button', 'select', 'option', 'textarea', 'dialog', 'menu'];

/** Classes the importer reads: Briefdesk's own blocks and the usual names of an article's parts. */
const KEPT_CLASSES = new Set([
  ...BLOCK_CLASSES,
  'title',
  'subtitle',
  'standfirst',
  'lede',
  'dek',
  'byline',
  'author',
  'caption',
  'credit',
  'kicker',
]);

/** Embedded bytes of an image type the library stores. */
export const DATA_IMAGE_URL = /^data:image\/(?:png|jpeg|jpg|gif|webp|avif);base64,[A-Za-z0-9+/\s]+={0,2}\s*$/i;

/** A relative path (no scheme, not protocol-relative): a file beside the imported one. */
export const RELATIVE_PATH = /^(?![a-z][a-z0-9+.-]*:)(?!\/\/)[^\s\\]/i;

/** An image of the library, as the editor's own copies name it (`data-asset`). */
const ASSET_ID = /^[a-f0-9]{64}\.(png|jpg|gif|webp|avif)$/;
/** A desk-library block id (`data-library-ref` of a synced Editor's Desk). */
const LIBRARY_REF = /^[A-Za-z0-9_-]{1,64}$/;
/** ProseMirror's note of how deep a copied slice was open and in which nodes: "1 1 []" and the like (node names it reads are checked against the schema). */
const PM_SLICE = /^\d{1,3} \d{1,3} \[/;

const inAside: AttributeRule = (element) => element.localName === 'aside';
const keptClass = classRule(KEPT_CLASSES);

/** The import's per-element rules on top of the allow-lists. */
const checkAttribute = attributeHook([
  ...COMMON_ATTRIBUTE_RULES,
  ['href', (element, value) => (element.localName === 'a' && isStorableLinkHref(value) ? value : false)],
  [
    'src',
    (element, value) =>
      element.localName === 'img' && (DATA_IMAGE_URL.test(value) || /^https?:\/\//i.test(value) || RELATIVE_PATH.test(value)),
  ],
  ['data-asset', (element, value) => element.localName === 'img' && ASSET_ID.test(value)],
  ['data-library-ref', (element, value) => element.localName === 'aside' && LIBRARY_REF.test(value)],
  ['data-pm-slice', (_element, value) => PM_SLICE.test(value)],
  ['data-anchor', (element, value) => /^h[1-6]$/.test(element.localName) && validAnchor(value) !== null],
  ['data-title', inAside],
  ['data-desk-name', inAside],
  ['data-series', inAside],
  ['data-publication', inAside],
  ['class', (element, value) => element.localName !== 'a' && keptClass(element, value)],
]);

const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ADD_FORBID_CONTENTS: CHROME,
  ...STRICT_PURIFY_OPTIONS,
} satisfies Config;

/** Adds the import's attribute rules to a DOMPurify instance (once per instance). */
export function configureImportSanitizer(purify: DOMPurify): void {
  purify.addHook('uponSanitizeAttribute', (node, event) => checkAttribute(node, event));
}

/**
 * Sanitizes imported HTML with DOMPurify (`purify` configured by
 * configureImportSanitizer): text structure, links with http(s)/mailto
 * targets, images with embedded, web or relative sources, Briefdesk's block
 * markup; no script, style, event handler, SVG, MathML, frame or form, and
 * navigation chrome goes with its text. Returns the clean nodes in a
 * fragment of `purify`'s document.
 */
export function sanitizeImportHtml(purify: DOMPurify, html: string): DocumentFragment {
  return purify.sanitize(html, CONFIG);
}

/**
 * Sanitizes HTML pasted into the editor with the same rules as an import
 * (`purify` configured by configureImportSanitizer), plus the attributes the
 * editor writes into its own copies (checked: an asset id, a desk-library id,
 * ProseMirror's slice depth), as markup for the editor's clipboard parser,
 * which keeps what the body schema allows.
 */
export function sanitizePastedHtml(purify: DOMPurify, html: string): string {
  return purify.sanitize(html, { ...CONFIG, ALLOWED_ATTR: [...ALLOWED_ATTR, ...EDITOR_COPY_ATTR], RETURN_DOM_FRAGMENT: false });
}

/** What the paste's clean-up reads before the final pass: Word's and Google Docs' styles and classes (list levels, bold spans, title paragraphs). */
const SOURCE_ATTR = ['style', 'class', 'id'];

/**
 * The first pass over pasted HTML, with a DOMPurify instance that has no
 * import hooks: the same elements as an import (no script, style element,
 * event handler, frame or form; DOMPurify's own URL checks), but each
 * element's `style`, `class` and `id` kept so the clean-up can read what Word
 * and Google Docs say in them. Its result must go through
 * sanitizePastedHtml before it is used.
 */
export function sanitizePasteSource(purify: DOMPurify, html: string): DocumentFragment {
  return purify.sanitize(html, { ...CONFIG, ALLOWED_ATTR: [...ALLOWED_ATTR, ...EDITOR_COPY_ATTR, ...SOURCE_ATTR] });
}
