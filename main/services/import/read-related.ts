import { RelatedBrief } from '../../../shared/model/brief';
import { isList, isParagraph, linesOf, textOf } from './block-text';
import { shorten } from './fit-fields';

/** "Related", "Related articles", "Related briefs:", "Related reading". */
export const RELATED_MARKER = /^related(\s+(articles|briefs|reading|stories|links|coverage))?\s*:?$/i;

const URL_IN_TEXT = /https?:\/\/[^\s<>"“”]+[^\s<>"“”.,;:!?)\]]/i;

/** A related web page from a line of text ("Title — https://…") or a link element, or null. */
function relatedFrom(text: string, href: string | null): RelatedBrief | null {
  const url = href ?? URL_IN_TEXT.exec(text)?.[0] ?? null;
  if (url === null) return null;
  const title = shorten(
    text
      .replace(url, ' ')
      .replace(/^[\s\-–—:|•·]+|[\s\-–—:|•·()<>[\]]+$/g, '')
      .replace(/\s+/g, ' '),
    300,
  );
  const parsed = RelatedBrief.safeParse({ kind: 'url', url, title });
  return parsed.success ? parsed.data : null;
}

/** The related pages listed after a "Related…" marker at `blocks[start - 1]`: a list of links, or lines with web addresses. */
export function readRelated(blocks: readonly Element[], start: number): { related: RelatedBrief[]; next: number } | null {
  const first = blocks[start];
  if (!first) return null;
  if (isList(first)) {
    const items = Array.from(first.children).filter((child) => child.localName === 'li');
    const related = items.map((item) => relatedFrom(textOf(item), item.querySelector('a[href]')?.getAttribute('href') ?? null));
    if (related.length === 0 || related.some((entry) => entry === null)) return null;
    return { related: related.filter((entry) => entry !== null), next: start + 1 };
  }
  const related: RelatedBrief[] = [];
  let next = start;
  for (; next < blocks.length; next += 1) {
    const block = blocks[next];
    if (!block || !isParagraph(block)) break;
    const links = Array.from(block.querySelectorAll('a[href]'));
    const found =
      links.length === 1
        ? [relatedFrom(textOf(block), links[0]?.getAttribute('href') ?? null)]
        : linesOf(block).map((line) => relatedFrom(line, null));
    if (found.length === 0 || found.some((entry) => entry === null)) break;
    related.push(...found.filter((entry) => entry !== null));
  }
  return related.length > 0 ? { related, next } : null;
}
