/**
 * Turns formatting written as inline CSS (as word processors and Google Docs
 * write it: `<span style="font-weight:700">`) into the elements the body
 * schema reads (`<strong>`, `<em>`, `<u>`, `<s>`), before the sanitizer
 * removes every style attribute; a `<b style="font-weight:normal">` wrapper
 * (Google Docs puts one around a whole copied document) is unwrapped.
 */
export function inlineStylesToMarks(document: Document): void {
  const root = document;
  for (const element of Array.from(root.querySelectorAll<HTMLElement>('[style]'))) {
    const style = element.style;
    const weight = style.fontWeight;
    if (element.localName === 'b' && (weight === 'normal' || weight === '400')) {
      element.replaceWith(...Array.from(element.childNodes));
      continue;
    }
    if (element.localName !== 'span') continue;
    const wrappers: string[] = [];
    if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) wrappers.push('strong');
    if (style.fontStyle === 'italic' || style.fontStyle === 'oblique') wrappers.push('em');
    const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
    if (decoration.includes('underline')) wrappers.push('u');
    if (decoration.includes('line-through')) wrappers.push('s');
    for (const tag of wrappers) {
      const wrapper = document.createElement(tag);
      wrapper.append(...Array.from(element.childNodes));
      element.append(wrapper);
    }
  }
}
