import { BLOCK_NAMES, isBlankText, isBlockLevel, isElement } from './paste-dom';

/** The heading levels the body has: its top one (the brief's headline is the h1) and its last. */
export interface HeadingLevels {
  top: number;
  last: number;
}

/**
 * Pasted headings keep their rank: an h1 becomes the body's top level and the
 * others shift by as much (h2 → h3…). When that would run past the body's last
 * level, the levels present are numbered from the top in order instead, so
 * they stay distinct as long as the body has levels enough.
 */
export function shiftHeadings(root: ParentNode, levels: HeadingLevels): void {
  // Briefdesk's own blocks carry their titles as headings of the body's levels already.
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6')).filter((heading) => !heading.closest('[data-type]'));
  const present = [...new Set(headings.map((heading) => Number(heading.localName.slice(1))))].sort((a, b) => a - b);
  const offset = levels.top - 1;
  const fits = (present.at(-1) ?? 0) + offset <= levels.last;
  for (const heading of headings) {
    const level = Number(heading.localName.slice(1));
    const target = Math.min(levels.last, fits ? level + offset : levels.top + present.indexOf(level));
    if (target !== level) rename(heading, `h${target}`);
  }
}

/** Replaces an element with one of another name holding its children (attributes kept). */
export function rename(element: Element, name: string): Element {
  const renamed = element.ownerDocument.createElement(name);
  for (const attribute of Array.from(element.attributes)) renamed.setAttribute(attribute.name, attribute.value);
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

/** Word's paragraph styles that are structure: its Title is a top heading, its quotes are quotes, its headings headings. */
export function wordParagraphStyles(root: ParentNode): void {
  for (const paragraph of Array.from(root.querySelectorAll('p[class]'))) {
    const names = paragraph.className.split(/\s+/);
    const heading = names.map((name) => /^MsoHeading([1-6])$/i.exec(name)?.[1]).find((level) => level !== undefined);
    if (names.some((name) => /^MsoTitle$/i.test(name))) rename(paragraph, 'h1');
    else if (heading) rename(paragraph, `h${heading}`);
    else if (names.some((name) => /^Mso(Intense)?Quote$/i.test(name))) {
      const quote = paragraph.ownerDocument.createElement('blockquote');
      paragraph.replaceWith(quote);
      quote.append(paragraph);
    }
  }
}

const CONTAINERS = 'li, td, th, blockquote, div, section, article, main, header, footer, aside, figure, dd';

/**
 * In a container that mixes text with blocks (a table cell holding text and a
 * list, a list item holding a picture), each run of text and inline elements
 * goes into its own paragraph, so the editor never runs the pieces together
 * or splits them around a block. Table cells always get paragraphs: "cell A"
 * and "cell B" stay apart whether or not the editor has tables.
 */
export function paragraphsInContainers(root: ParentNode): void {
  for (const container of Array.from(root.querySelectorAll(CONTAINERS))) {
    const cell = container.localName === 'td' || container.localName === 'th';
    const children = Array.from(container.childNodes);
    if (!cell && !children.some(isBlockLevel)) continue;
    wrapInlineRuns(container, children);
  }
}

/** Wraps each run of inline children (not blank) of `parent` in a paragraph. */
export function wrapInlineRuns(parent: Element | DocumentFragment, children: Node[] = Array.from(parent.childNodes)): void {
  let run: Node[] = [];
  const flush = (before: Node | null): void => {
    if (run.some((node) => !isBlankText(node))) {
      const paragraph = parent.ownerDocument.createElement('p');
      parent.insertBefore(paragraph, before);
      paragraph.append(...run);
    }
    run = [];
  };
  for (const child of children) {
    if (isBlockLevel(child)) flush(child);
    else run.push(child);
  }
  flush(null);
}

/** A list written straight inside another list (Google Docs' nesting) goes into the item before it. */
export function nestStrayLists(root: ParentNode): void {
  for (const list of Array.from(root.querySelectorAll('ul > ul, ul > ol, ol > ul, ol > ol'))) {
    let previous = list.previousElementSibling;
    if (previous?.localName !== 'li') {
      previous = list.ownerDocument.createElement('li');
      list.before(previous);
    }
    previous.append(list);
  }
}

/** Line breaks between blocks (Google Docs' and Word's spacing): the editor would make empty paragraphs of them. */
export function dropBreaksBetweenBlocks(root: ParentNode): void {
  for (const br of Array.from(root.querySelectorAll('br'))) {
    if (betweenBlocks(br)) br.remove();
  }
}

/**
 * Blocks with no text, image or table in them (Word's `<p><o:p>&nbsp;</o:p></p>`,
 * a paragraph of line breaks, an image's paragraph once the image is gone) and
 * inline elements left empty are dropped.
 */
export function dropEmptyBlocks(root: ParentNode): void {
  for (const block of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, figure, figcaption')).reverse()) {
    const text = (block.textContent ?? '').replace(/\u00a0/g, ' ').trim();
    if (text === '' && !block.querySelector('img, hr, table') && !block.closest('[data-type]')) block.remove();
  }
  for (const element of Array.from(root.querySelectorAll('span, a, strong, b, em, i, u, s'))) {
    if (element.childNodes.length === 0) element.remove();
  }
}

function betweenBlocks(br: Element): boolean {
  const parent = br.parentElement;
  if (parent && (!BLOCK_NAMES.has(parent.localName) || parent.localName === 'p')) return false;
  const side = (step: (node: Node) => Node | null): boolean => {
    let node = step(br);
    while (node && isBlankText(node)) node = step(node);
    return node === null || isBlockLevel(node) || (isElement(node) && node.localName === 'br');
  };
  return side((node) => node.previousSibling) && side((node) => node.nextSibling);
}
