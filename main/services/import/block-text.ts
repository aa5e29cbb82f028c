/** Helpers that read the top-level blocks of an imported document as text. */

/** Whether a DOM node is an element (without `instanceof`, which does not work across jsdom windows). */
export function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** Elements whose content starts on a new line. */
const LINE_BLOCKS = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'tr', 'dt', 'dd', 'figcaption']);

/** A footnote (`<span data-type="footnote">`): its text belongs to the note, not to the line it stands in. */
export function isFootnote(node: Node): boolean {
  return isElement(node) && node.getAttribute('data-type') === 'footnote';
}

/** Whether a block holds a footnote. */
export function holdsFootnote(block: Element): boolean {
  return block.querySelector('span[data-type="footnote"]') !== null;
}

function collectLines(node: Node, lines: string[]): void {
  for (const child of Array.from(node.childNodes)) {
    if (isFootnote(child)) continue;
    if (child.nodeType === child.TEXT_NODE) {
      lines[lines.length - 1] += child.textContent ?? '';
    } else if (child.nodeName.toLowerCase() === 'br') {
      lines.push('');
    } else if (LINE_BLOCKS.has(child.nodeName.toLowerCase())) {
      lines.push('');
      collectLines(child, lines);
      lines.push('');
    } else {
      collectLines(child, lines);
    }
  }
}

/** The text lines of a block (its footnotes left out): its text split at line breaks and inner blocks, each trimmed, empty ones left out. */
export function linesOf(block: Element): string[] {
  const lines = [''];
  collectLines(block, lines);
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** The text of a block on one line, white space collapsed. */
export function textOf(block: Element): string {
  return linesOf(block).join(' ');
}

export function isHeading(block: Element): boolean {
  return /^h[1-6]$/.test(block.localName);
}

export function isParagraph(block: Element): boolean {
  return block.localName === 'p';
}

export function isList(block: Element): boolean {
  return block.localName === 'ol' || block.localName === 'ul';
}

/** A paragraph or heading: a block that can be a marker line ("Key Takeaways") or a field. */
export function isTextBlock(block: Element): boolean {
  return isParagraph(block) || isHeading(block);
}

/** Ends like a sentence (or a clause): a full stop, question or exclamation mark, colon, semicolon or comma. */
export function endsLikeSentence(line: string): boolean {
  return /[.!?;:,…。！？]["'”’)\]]*$/u.test(line);
}

/** A short line that is not a sentence: a title, a name, a sign-off line. */
export function isShortLine(line: string, max = 80): boolean {
  return line.length > 0 && line.length <= max && !endsLikeSentence(line);
}

/** Whether an element carries one of `classes`. */
export function hasClass(block: Element, classes: readonly string[]): boolean {
  return classes.some((name) => block.classList.contains(name));
}
