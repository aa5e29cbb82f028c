import { isElement } from './block-text';

/** Elements that are one block of a document as they stand. */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'blockquote', 'pre', 'hr', 'table', 'figure', 'img', 'dl']);
/** Elements that only group blocks: their children are looked at instead. */
const GROUPS = new Set(['div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'body', 'figcaption', 'li', 'dd', 'dt']);

/** Briefdesk's own blocks, kept whole. */
function isBriefBlock(element: Element): boolean {
  const type = element.getAttribute('data-type');
  return type === 'key-takeaways' || type === 'editors-desk';
}

function collect(parent: Node, blocks: Element[], document: Document): void {
  let run: HTMLParagraphElement | null = null;
  const endRun = (): void => {
    if (run && (run.textContent ?? '').trim() !== '') blocks.push(run);
    run = null;
  };
  for (const child of Array.from(parent.childNodes)) {
    if (isElement(child)) {
      const tag = child.localName;
      if (isBriefBlock(child) || BLOCKS.has(tag)) {
        endRun();
        blocks.push(child);
        continue;
      }
      if (GROUPS.has(tag)) {
        endRun();
        collect(child, blocks, document);
        continue;
      }
      if (tag === 'br' && run === null) continue;
    } else if (child.nodeType !== child.TEXT_NODE || (child.textContent ?? '').trim() === '') {
      if (run === null) continue;
    }
    run ??= document.createElement('p');
    run.append(child);
  }
  endRun();
}

/**
 * The top-level blocks of sanitized content, in reading order: paragraphs,
 * headings, lists, quotes, tables, figures and images, and Briefdesk's own
 * blocks as they stand; wrappers (div, section, article, header…) are
 * looked into; loose text and inline elements between blocks are gathered
 * into paragraphs.
 */
export function topLevelBlocks(root: Node, document: Document): Element[] {
  const blocks: Element[] = [];
  collect(root, blocks, document);
  return blocks;
}
