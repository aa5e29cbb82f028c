import { isElement } from './block-text';
import { type ElementIndex, fragmentOf, indexTargets } from './element-index';

/** A reference's markers: DPUB-ARIA's role, the classes pandoc, markdown-it, Word and wikis give it. */
const REF_CLASS =
  /(?:^|\s)(?:footnote-ref|footnote-reference|footnoteref|noteref|fn|reference|MsoFootnoteReference|MsoEndnoteReference)(?:\s|$)/i;
/** What an element holding one note is named (its role or classes). */
const NOTE_ROLE = /^doc-(?:endnote|footnote)$/;
const NOTE_CLASS = /(?:^|\s)(?:footnote|footnote-item|endnote|MsoFootnoteText|MsoEndnoteText)(?:\s|$)/i;
/** A container of notes (emptied, it goes). */
const NOTES_CONTAINER =
  'section.footnotes, div.footnotes, aside.footnotes, [role="doc-endnotes"], ol.references, ol.wp-block-footnotes, ol.footnotes-list, div.reflist';
/** A link back from a note to its reference (removed with the note's number). */
const BACKLINK_CLASS = /(?:^|\s)(?:footnote-back|footnote-backref|mw-cite-backlink|fn-backref)(?:\s|$)/i;
/** A heading over a list of notes, left empty once the notes are taken in. */
const NOTES_HEADING = /^(?:notes?|footnotes?|endnotes?|references|sources)$/i;
/** Elements whose content starts on its own line inside a note. */
const NOTE_BLOCKS = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'li',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'dt',
  'dd',
  'table',
  'tr',
]);

/** What readHtmlNotes found. */
export interface HtmlNotes {
  /** Notes made real footnotes (a note referred to twice counts twice). */
  notes: number;
}

/** Whether `link` (an in-page link) is marked as a note reference. */
function isMarkedReference(link: Element): boolean {
  if (link.getAttribute('role') === 'doc-noteref') return true;
  if (REF_CLASS.test(link.getAttribute('class') ?? '')) return true;
  const parent = link.parentElement;
  if (parent?.localName === 'sup' || (parent !== null && REF_CLASS.test(parent.getAttribute('class') ?? ''))) return true;
  if (parent?.hasAttribute('data-fn')) return true;
  const only = link.children.length === 1 ? link.children[0] : undefined;
  return only !== undefined && (only.localName === 'sup' || REF_CLASS.test(only.getAttribute('class') ?? ''));
}

/** The element holding the note `target` points into: its list item or marked note element, or null when it is not a note. */
function noteItemOf(target: Element): Element | null {
  for (let at: Element | null = target; at !== null; at = at.parentElement) {
    if (at.localName === 'li' && at.parentElement && ['ol', 'ul'].includes(at.parentElement.localName)) return at;
    if (NOTE_ROLE.test(at.getAttribute('role') ?? '') || NOTE_CLASS.test(at.getAttribute('class') ?? '')) return at;
    if (/^(?:ftn|edn)\d+$/i.test(at.getAttribute('id') ?? '')) return at;
    if (['body', 'article', 'main', 'section'].includes(at.localName)) return null;
  }
  return null;
}

/** The element a reference takes the place of: the `<sup>` (or marked wrapper) around the link when it holds nothing else. */
function referenceWrapper(link: Element): Element {
  const parent = link.parentElement;
  if (!parent || parent.localName === 'li' || parent.localName === 'p') return link;
  const alone = Array.from(parent.childNodes).every((child) => child === link || (child.textContent ?? '').trim() === '');
  const marked = parent.localName === 'sup' || parent.hasAttribute('data-fn') || REF_CLASS.test(parent.getAttribute('class') ?? '');
  return alone && marked ? parent : link;
}

/** The names a reference can be linked back by (its id and name, and its wrapper's). */
function namesOf(...elements: Element[]): string[] {
  return elements.flatMap((element) => [element.getAttribute('id') ?? '', element.getAttribute('name') ?? '']).filter(Boolean);
}

/** Whether `link` inside a note leads back to its reference (to be dropped with the note's number). */
function isBacklink(link: Element, backNames: ReadonlySet<string>): boolean {
  if (link.getAttribute('role') === 'doc-backlink' || BACKLINK_CLASS.test(link.getAttribute('class') ?? '')) return true;
  const name = fragmentOf(link.getAttribute('href') ?? '');
  return name !== null && backNames.has(name);
}

/**
 * The content of a note item as inline nodes (copies): its text with
 * emphasis and links; blocks inside it (paragraphs, list items) separated by
 * line breaks; backlinks and the note's own number left out.
 */
function noteContent(item: Element, document: Document, backNames: ReadonlySet<string>): Node[] {
  const root = item.cloneNode(true);
  if (!isElement(root)) return [];
  for (const link of Array.from(root.querySelectorAll('a[href]'))) {
    if (isBacklink(link, backNames)) link.remove();
  }
  for (const marked of Array.from(root.querySelectorAll('.mw-cite-backlink, [role="doc-backlink"]'))) marked.remove();
  const out: Node[] = [];
  const lineBreak = (): void => {
    const last = out[out.length - 1];
    if (last !== undefined && !isLineBreak(last)) out.push(document.createElement('br'));
  };
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (isElement(child) && NOTE_BLOCKS.has(child.localName)) {
        lineBreak();
        walk(child);
        lineBreak();
      } else if (isElement(child) && child.localName === 'img') {
        const alt = child.getAttribute('alt')?.trim();
        if (alt) out.push(document.createTextNode(alt));
      } else {
        out.push(child);
      }
    }
  };
  walk(root);
  return trimNodes(out);
}

const isLineBreak = (node: Node): boolean => isElement(node) && node.localName === 'br';

/** `nodes` without line breaks and white space at either end. */
function trimNodes(nodes: Node[]): Node[] {
  const isBlank = (node: Node | undefined): boolean =>
    node !== undefined && (isLineBreak(node) || (node.nodeType === 3 && (node.textContent ?? '').trim() === ''));
  while (isBlank(nodes[0])) nodes.shift();
  while (isBlank(nodes[nodes.length - 1])) nodes.pop();
  const first = nodes[0];
  if (first?.nodeType === 3) first.textContent = (first.textContent ?? '').replace(/^\s+/, '');
  const last = nodes[nodes.length - 1];
  if (last?.nodeType === 3) last.textContent = (last.textContent ?? '').replace(/\s+$/, '');
  return nodes;
}

/** Removes an emptied list or container of notes, with the heading (or pandoc's rule) right above it when that only named the notes. */
function removeWithItsHeading(element: Element): void {
  const before = element.previousElementSibling;
  if (before && /^h[1-6]$/.test(before.localName) && NOTES_HEADING.test((before.textContent ?? '').trim())) before.remove();
  if (before?.localName === 'hr' && /footnotes-sep/.test(before.getAttribute('class') ?? '')) before.remove();
  element.remove();
}

/** Removes lists and containers of notes left without a note (and the heading right above one, when it only named the notes). */
function removeEmptied(root: ParentNode, items: ReadonlySet<Element>): void {
  for (const item of items) {
    const list = item.parentElement;
    item.remove();
    if (list && ['ol', 'ul'].includes(list.localName) && list.children.length === 0) removeWithItsHeading(list);
  }
  for (const container of Array.from(root.querySelectorAll(NOTES_CONTAINER))) {
    const hasText = Array.from(container.querySelectorAll('li, p')).some((child) => (child.textContent ?? '').trim() !== '');
    if (!hasText) removeWithItsHeading(container);
  }
}

/**
 * Makes the notes of an HTML document real footnotes, in the shapes
 * writers produce: pandoc's `footnote-ref` links and `footnotes` section,
 * DPUB-ARIA `doc-noteref` / `doc-endnotes`, markdown-it-footnote's, Word's
 * (as mammoth and Word's own HTML write them), WordPress's footnotes block,
 * a wiki's `sup.reference` and `ol.references`, and any `<sup><a
 * href="#…">` pointing at an item of a list. Each reference is replaced by
 * `<span data-type="footnote">` holding its note's text (emphasis and links
 * kept, the number and backlinks left out); notes referred to twice are
 * copied; lists of notes left empty go, with a "Notes" heading right above
 * them. Works on the document before it is sanitized (it needs the ids).
 */
export function readHtmlNotes(root: ParentNode, document: Document): HtmlNotes {
  const targets: ElementIndex = indexTargets(root);
  const links = Array.from(root.querySelectorAll('a[href]')).filter((link) => fragmentOf(link.getAttribute('href') ?? '') !== null);
  const found: { link: Element; item: Element }[] = [];
  for (const link of links) {
    const name = fragmentOf(link.getAttribute('href') ?? '');
    const target = name === null ? undefined : targets.get(name);
    if (!target || target.contains(link) || !isMarkedReference(link)) continue;
    const item = noteItemOf(target);
    if (item && !item.contains(link)) found.push({ link, item });
  }
  const backNames = new Set(found.flatMap(({ link }) => namesOf(link, referenceWrapper(link))));
  // Notes inside notes are not followed: a reference inside a note item stays as it is.
  const items = new Set(found.map(({ item }) => item));
  const references = found.filter(({ link }) => ![...items].some((item) => item.contains(link)));
  for (const { link, item } of references) {
    const note = document.createElement('span');
    note.setAttribute('data-type', 'footnote');
    note.append(...noteContent(item, document, backNames));
    referenceWrapper(link).replaceWith(note);
  }
  removeEmptied(root, new Set(references.map(({ item }) => item)));
  return { notes: references.length };
}
