import { isAllowedLinkHref } from '../../../shared/editor/link-policy';

/**
 * What in an exported page could run or load something: a script other
 * than the JSON-LD, an on* attribute, a link or image target outside the
 * allowed schemes, an element that embeds or styles. Checked on the parsed
 * DOM and on the raw text inside tags (markup typed into a field legitimately
 * appears as escaped text, so the text between tags is not searched).
 * Returns one line per finding; empty means clean.
 */
export function hostileMarkupIn(document: Document, html: string): string[] {
  const findings: string[] = [];
  for (const element of Array.from(document.querySelectorAll('*'))) {
    const tag = element.localName;
    if (tag === 'script' && element.getAttribute('type') !== 'application/ld+json') findings.push('a <script>');
    if (['iframe', 'object', 'embed', 'svg', 'math', 'form', 'base', 'link', 'frame', 'video', 'audio'].includes(tag))
      findings.push(`a <${tag}>`);
    if (tag === 'style' && element.parentElement?.localName !== 'head') findings.push('a <style> in the body');
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.trim();
      if (name.startsWith('on')) findings.push(`${tag}[${name}]`);
      if (name === 'style' || name === 'srcset' || name === 'formaction' || name === 'xlink:href') findings.push(`${tag}[${name}]`);
      const relative = !/^[a-z][a-z0-9+.-]*:/i.test(value) && !value.startsWith('//');
      if (name === 'href' && !(isAllowedLinkHref(value) || relative)) findings.push(`${tag}[href=${value}]`);
      if (
        name === 'src' &&
        !/^data:image\/(png|jpeg|gif|webp|avif);base64,/.test(value) &&
        !/^[a-z0-9-]+-assets\/[a-f0-9]{64}\.\w+$/.test(value)
      ) {
        findings.push(`${tag}[src=${value.slice(0, 40)}]`);
      }
    }
  }
  // In the raw text, every "<" starts a real tag (text and JSON-LD escape theirs), and every
  // attribute value is double-quoted with its own quotes escaped: what is left once the values
  // are taken out is tag and attribute names, where no on* handler or script URL may appear.
  for (const match of html.matchAll(/<[a-z][^>]*>/gi)) {
    const tag = match[0].replace(/"[^"]*"/g, '""');
    if (/\son[a-z]+\s*=/i.test(tag)) findings.push(`raw on* attribute: ${tag.slice(0, 60)}`);
    if (/javascript:|vbscript:/i.test(tag)) findings.push(`raw script URL: ${tag.slice(0, 60)}`);
  }
  if ((html.match(/<script/gi) ?? []).length !== 1) findings.push('more than one <script> in the text');
  return findings;
}
