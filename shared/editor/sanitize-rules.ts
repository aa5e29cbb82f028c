import type { UponSanitizeAttributeHookEvent } from 'dompurify';

/**
 * How one attribute is checked, given its element and trimmed value: `true`
 * keeps it as it is, `false` removes it, a string keeps it with that value.
 */
export type AttributeRule = (element: Element, value: string) => boolean | string;

const INTEGER = /^\d{1,5}$/;

/**
 * DOMPurify options both sanitizers share: no data-* or aria-* attribute
 * beyond their allow-lists, no unknown URL scheme, the text of removed
 * elements kept, the clean nodes returned as a fragment.
 */
export const STRICT_PURIFY_OPTIONS = {
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
} as const;

/** The classes the brief blocks (Key Takeaways, Editor's Desk) put on their elements. */
export const BLOCK_CLASSES = [
  'key-takeaways',
  'key-takeaways-title',
  'key-takeaways-list',
  'editors-desk',
  'editors-desk-badge',
  'editors-desk-title',
  'editors-desk-body',
  'editors-desk-signoff',
  'editors-desk-desk-name',
  'editors-desk-series',
  'editors-desk-publication',
];

/** The elements of a table as the body schema renders it (with the `<thead>` exports give it). */
export const TABLE_TAGS = ['table', 'thead', 'tbody', 'tr', 'th', 'td'];

/** A table cell's spans (checked by COMMON_ATTRIBUTE_RULES). */
export const TABLE_CELL_ATTRIBUTES = ['colspan', 'rowspan'];

/** The data attributes the brief blocks render. */
export const BLOCK_ATTRIBUTES = ['data-type', 'data-title', 'data-desk-name', 'data-series', 'data-publication'];

const DATA_TYPES = new Set(['key-takeaways', 'takeaway', 'editors-desk', 'footnote']);

/** The class naming a code block's language (`language-python`, as the body schema and most highlighters write it). */
export const LANGUAGE_CLASS = /^language-[A-Za-z0-9_+#.-]{1,40}$/;

const isElement = (element: Element, name: string): boolean => element.localName === name;
const isTableCell = (element: Element): boolean => element.localName === 'td' || element.localName === 'th';
/** A table cell's span: 1 to 999 rows or columns. */
const SPAN = /^[1-9]\d{0,2}$/;

/**
 * The rules every sanitizer of body markup applies: image text and sizes,
 * list numbering, the blocks' `data-type`, table cells' spans. Each sanitizer adds its own for
 * links, image sources and classes.
 */
export const COMMON_ATTRIBUTE_RULES: readonly (readonly [string, AttributeRule])[] = [
  ['alt', (element) => isElement(element, 'img')],
  ['width', (element, value) => isElement(element, 'img') && INTEGER.test(value)],
  ['height', (element, value) => isElement(element, 'img') && INTEGER.test(value)],
  ['start', (element, value) => isElement(element, 'ol') && INTEGER.test(value)],
  ['type', (element, value) => isElement(element, 'ol') && /^[1aAiI]$/.test(value)],
  ['data-type', (_element, value) => DATA_TYPES.has(value)],
  ['colspan', (element, value) => isTableCell(element) && SPAN.test(value)],
  ['rowspan', (element, value) => isTableCell(element) && SPAN.test(value)],
];

/**
 * The `class` rule keeping only the names in `kept`, and a code block's
 * language class on `<code>` and `<pre>` (the attribute goes when none is left).
 */
export function classRule(kept: ReadonlySet<string>): AttributeRule {
  return (element, value) =>
    value
      .split(/\s+/)
      .filter((name) => kept.has(name) || ((element.localName === 'code' || element.localName === 'pre') && LANGUAGE_CLASS.test(name)))
      .join(' ') || false;
}

/**
 * A DOMPurify `uponSanitizeAttribute` hook applying `rules` by attribute
 * name; attributes without a rule are left to the allow-lists.
 */
export function attributeHook(
  rules: Iterable<readonly [string, AttributeRule]>,
): (element: Element, event: UponSanitizeAttributeHookEvent) => void {
  const byName = new Map(rules);
  return (element, event) => {
    const rule = byName.get(event.attrName);
    if (rule === undefined) return;
    const verdict = rule(element, event.attrValue.trim());
    if (verdict === false) event.keepAttr = false;
    else if (typeof verdict === 'string') event.attrValue = verdict;
  };
}
