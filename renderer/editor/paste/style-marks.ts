import { unwrap } from './paste-dom';

/** A declaration's value in an inline style ("font-weight" of "font-weight:700;color:#000" → "700"), lower-cased. */
export function styleValue(element: Element, property: string): string | null {
  for (const declaration of (element.getAttribute('style') ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0 && declaration.slice(0, colon).trim().toLowerCase() === property) {
      return declaration
        .slice(colon + 1)
        .replace(/!important/i, '')
        .trim()
        .toLowerCase();
    }
  }
  return null;
}

/** True when a `font-weight` value is bold (bold, bolder or 600 and up). */
export function isBoldWeight(weight: string): boolean {
  const number = Number(weight);
  return weight === 'bold' || weight === 'bolder' || (Number.isFinite(number) && number >= 600);
}

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The marks an inline style asks for, as element names. */
function marksOf(span: Element): string[] {
  const marks: string[] = [];
  const weight = styleValue(span, 'font-weight');
  if (weight !== null && isBoldWeight(weight) && !span.closest('h1, h2, h3, h4, h5, h6')) marks.push('strong');
  if (styleValue(span, 'font-style') === 'italic') marks.push('em');
  const decoration = `${styleValue(span, 'text-decoration') ?? ''} ${styleValue(span, 'text-decoration-line') ?? ''}`;
  if (/line-through/.test(decoration)) marks.push('s');
  // Links are underlined by every word processor: only underline outside a link is the author's.
  if (/underline/.test(decoration) && !span.closest('a')) marks.push('u');
  const align = styleValue(span, 'vertical-align');
  if (align === 'super') marks.push('sup');
  else if (align === 'sub') marks.push('sub');
  return marks;
}

/**
 * Word processors say bold and italic in styles: Google Docs wraps the whole
 * copy in `<b id="docs-internal-guid-…" style="font-weight:normal">` (not
 * bold) and marks each run with `<span style="font-weight:700">`. This turns
 * styled spans into `<strong>`, `<em>`, `<s>`, `<u>`, `<sup>` and `<sub>`, and
 * unwraps `<b>`/`<strong>` whose own style says they are not bold — so the
 * result is bold exactly where the source showed bold.
 */
export function marksFromStyles(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll('b, strong'))) {
    const weight = styleValue(element, 'font-weight');
    const notBold = weight !== null && !isBoldWeight(weight);
    if (notBold || element.id.startsWith('docs-internal-guid')) unwrap(element);
    else if (HEADINGS.has(element.parentElement?.localName ?? '') && element.parentElement?.textContent === element.textContent) {
      // A heading bold throughout (Word's habit) is just a heading.
      unwrap(element);
    }
  }
  for (const span of Array.from(root.querySelectorAll('span[style]'))) {
    const marks = marksOf(span);
    let inner: Element = span;
    for (const name of marks) {
      const mark = span.ownerDocument.createElement(name);
      mark.append(...Array.from(inner.childNodes));
      inner.append(mark);
      inner = mark;
    }
  }
}
