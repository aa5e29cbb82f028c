import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import { bodySchema } from '../../../shared/editor/body-extensions';
import { type BodyDoc, BodyDoc as BodyDocSchema } from '../../../shared/model/brief';

/** An element of the same document with `element`'s children, in its place. */
function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  for (const name of ['class', 'start', 'type']) {
    const value = element.getAttribute(name);
    if (value !== null) renamed.setAttribute(name, value);
  }
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

/** A paragraph holding `lines`, separated by line breaks, each wrapped in `wrap` when given. */
function paragraphOfLines(document: Document, lines: string[], wrap?: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  lines.forEach((line, index) => {
    if (index > 0) paragraph.append(document.createElement('br'));
    if (!wrap) {
      paragraph.append(line);
      return;
    }
    const inner = document.createElement(wrap);
    inner.textContent = line;
    paragraph.append(inner);
  });
  return paragraph;
}

/**
 * Rewrites what the body schema has no place for into what it has, keeping
 * the text: h1 → h2 and h5/h6 → h4 (the body's headings are levels 2–4);
 * preformatted text → a paragraph of code lines; a table → a paragraph per
 * row, cells separated by " | "; captions and definition lists → paragraphs;
 * a paragraph holding only images → the images.
 */
export function fitToBodySchema(root: ParentNode): void {
  for (const heading of Array.from(root.querySelectorAll('h1, h5, h6'))) rename(heading, heading.localName === 'h1' ? 'h2' : 'h4');
  for (const pre of Array.from(root.querySelectorAll('pre'))) {
    const lines = (pre.textContent ?? '').replace(/\n$/, '').split('\n');
    pre.replaceWith(paragraphOfLines(pre.ownerDocument, lines, 'code'));
  }
  for (const table of Array.from(root.querySelectorAll('table'))) {
    const document = table.ownerDocument;
    const rows = Array.from(table.querySelectorAll('tr')).map((row) =>
      Array.from(row.children)
        .map((cell) => (cell.textContent ?? '').replace(/\s+/g, ' ').trim())
        .join(' | '),
    );
    const caption = table.querySelector('caption')?.textContent?.trim();
    table.replaceWith(...[caption ?? '', ...rows].filter(Boolean).map((row) => paragraphOfLines(document, [row])));
  }
  for (const element of Array.from(root.querySelectorAll('figcaption, dt, dd, caption'))) rename(element, 'p');
  // A paragraph holding only pictures (Markdown's `![…](…)` on its own line) is the pictures: images are blocks.
  for (const paragraph of Array.from(root.querySelectorAll('p'))) {
    const children = Array.from(paragraph.childNodes).filter(
      (child) => child.nodeType !== child.TEXT_NODE || (child.textContent ?? '').trim() !== '',
    );
    if (children.length > 0 && children.every((child) => child.nodeName.toLowerCase() === 'img')) paragraph.replaceWith(...children);
  }
}

/**
 * The body document of sanitized HTML, through ProseMirror's DOMParser with
 * the editor's own schema (the nodes' parse rules: Key Takeaways, Editor's
 * Desk, images by `data-asset`, links by the link policy). Content that
 * does not fit where it stands is moved or unwrapped by the parser, not
 * dropped. `preserveWhitespace: 'full'` keeps text exactly (Briefdesk's own
 * exports); otherwise white space is collapsed as a browser shows it.
 */
export function bodyFromDom(root: Node, options: { preserveWhitespace?: boolean | 'full' } = {}): BodyDoc {
  const parsed = PmDOMParser.fromSchema(bodySchema()).parse(root, { preserveWhitespace: options.preserveWhitespace ?? false });
  const body = BodyDocSchema.parse(parsed.toJSON());
  return body.content && body.content.length > 0 ? body : { type: 'doc', content: [{ type: 'paragraph' }] };
}
