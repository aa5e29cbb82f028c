import { DOMParser as PmDOMParser } from '@tiptap/pm/model';
import { bodySchema } from '../../../shared/editor/body-extensions';
import { type BodyDoc, BodyDoc as BodyDocSchema } from '../../../shared/model/brief';

/** An element of the same document with `element`'s children, in its place. */
function rename(element: Element, tag: string): Element {
  const renamed = element.ownerDocument.createElement(tag);
  for (const name of ['class', 'start', 'type', 'data-anchor']) {
    const value = element.getAttribute(name);
    if (value !== null) renamed.setAttribute(name, value);
  }
  renamed.append(...Array.from(element.childNodes));
  element.replaceWith(renamed);
  return renamed;
}

/** A paragraph holding `text`. */
function paragraphOf(document: Document, text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.append(text);
  return paragraph;
}

/** How a document's heading levels become the body's (levels 2–6). */
export type HeadingLevels =
  /** Levels as they are (Briefdesk's own pages); an h1 becomes h2. */
  | 'keep'
  /** The document's top level becomes h2 and the others keep their distance from it (down to h6). */
  | 'fit';

/** Moves every heading under `root` so the top level is h2, the rest keep their distance (`fit`), or only h1 → h2 (`keep`). */
function fitHeadings(root: ParentNode, levels: HeadingLevels): void {
  const headings = Array.from(root.querySelectorAll('h1, h2, h3, h4, h5, h6'));
  const top = Math.min(...headings.map((heading) => Number(heading.localName.slice(1))));
  const shift = levels === 'fit' && headings.length > 0 ? 2 - top : 0;
  for (const heading of headings) {
    const level = Math.min(6, Math.max(2, Number(heading.localName.slice(1)) + shift));
    if (`h${level}` !== heading.localName) rename(heading, `h${level}`);
  }
}

/**
 * Rewrites what the body schema has no place for into what it has, keeping
 * the text: headings to levels 2–6 (fitHeadings); a table's caption → a
 * paragraph before it (the table itself is the body's table node, its
 * `<thead>`/`<tbody>` read through); captions and definition lists → paragraphs;
 * a paragraph holding only images → the images. Code blocks (`<pre>`) stay
 * as they are, for the body's code block.
 */
export function fitToBodySchema(root: ParentNode, levels: HeadingLevels = 'fit'): void {
  fitHeadings(root, levels);
  // A table's caption goes before it as a paragraph: the body's table holds rows only.
  for (const caption of Array.from(root.querySelectorAll('table > caption'))) {
    const table = caption.parentElement;
    const text = (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
    caption.remove();
    if (table && text) table.before(paragraphOf(table.ownerDocument, text));
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
