import { isBlankText, isElement } from './paste-dom';

/** `mso-list:l0 level2 lfo1` in a paragraph's style: Word's list item, its list and its depth. */
const MSO_LIST = /mso-list:\s*(l\d+)\s+level(\d+)/i;
const MSO_IGNORE = /mso-list:\s*ignore/i;
/** The marker Word writes before the text ("1.", "a)", "iv.", "(2)"): a numbered list; anything else (·, o, §) is a bullet. */
const NUMBER_MARKER = /^[([]?(?:\d{1,4}|[a-z]|[ivxlcdm]{1,6})[.)\]]/i;

interface WordItem {
  element: Element;
  level: number;
  ordered: boolean;
}

/** The list item a Word paragraph is, with its marker span taken out; null for any other element. */
function wordItem(element: Element): WordItem | null {
  const match = MSO_LIST.exec(element.getAttribute('style') ?? '');
  if (!match?.[2]) return null;
  const markers = Array.from(element.querySelectorAll('[style]')).filter((span) => MSO_IGNORE.test(span.getAttribute('style') ?? ''));
  const marker = (markers[0]?.textContent ?? '').replace(/\u00a0/g, ' ').trim();
  for (const span of markers) span.remove();
  return { element, level: Math.min(9, Math.max(1, Number(match[2]))), ordered: NUMBER_MARKER.test(marker) };
}

/** Word's list paragraphs from `first` on, skipping blank text between them. */
function runFrom(first: Element): WordItem[] {
  const run: WordItem[] = [];
  for (let node: Node | null = first; node; node = node.nextSibling) {
    if (isBlankText(node)) continue;
    const item = isElement(node) ? wordItem(node) : null;
    if (!item) break;
    run.push(item);
  }
  return run;
}

/** Builds nested `<ul>`/`<ol>` from one run of Word list paragraphs, in place of the first. */
function buildList(run: WordItem[]): void {
  const first = run[0];
  if (!first) return;
  const doc = first.element.ownerDocument;
  const stack: { list: Element; level: number }[] = [];
  let anchor: Element = first.element;
  for (const item of run) {
    while (stack.length > 0 && (stack.at(-1)?.level ?? 0) > item.level) stack.pop();
    let top = stack.at(-1);
    if (!top || top.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      const parentItem = top?.list.lastElementChild;
      if (parentItem) parentItem.append(list);
      else {
        if (anchor === first.element) anchor.before(list);
        else anchor.after(list);
        anchor = list;
      }
      top = { list, level: item.level };
      stack.push(top);
    }
    const li = doc.createElement('li');
    const paragraph = doc.createElement('p');
    paragraph.append(...Array.from(item.element.childNodes));
    li.append(paragraph);
    top.list.append(li);
  }
  for (const item of run) item.element.remove();
}

/**
 * Word writes a list as paragraphs styled `mso-list:lN levelM` whose bullet
 * or number is text in a `mso-list:Ignore` span. Each run of them becomes a
 * real, nested `<ul>` or `<ol>` (numbered when the marker is a number, letter
 * or roman numeral), the markers dropped.
 */
export function rebuildWordLists(root: ParentNode): void {
  for (;;) {
    const first = Array.from(root.querySelectorAll('[style*="mso-list"]')).find((element) => wordItem(cloneStyleOnly(element)) !== null);
    if (!first) return;
    buildList(runFrom(first));
  }
}

/** A shallow copy carrying only the style, to test an element without taking its marker out. */
function cloneStyleOnly(element: Element): Element {
  const copy = element.ownerDocument.createElement('p');
  copy.setAttribute('style', element.getAttribute('style') ?? '');
  return copy;
}
