import type { TextRange } from '../../../shared/api/contract';
import { tokensOf } from './tokens';

/** About how many characters a snippet holds. */
export const SNIPPET_LENGTH = 160;

/** The ranges of the words of `text` that are among the matched terms. */
export function highlightRanges(text: string, matched: ReadonlySet<string>): TextRange[] {
  return tokensOf(text)
    .filter((token) => matched.has(token.term))
    .map(({ start, end }) => ({ start, end }));
}

/**
 * A short stretch of `text` around its first matched word (whole words,
 * "…" where cut, line breaks as spaces) and the matched words in it; null
 * when no word of `text` matched.
 */
export function snippetOf(
  text: string,
  matched: ReadonlySet<string>,
  length = SNIPPET_LENGTH,
): { text: string; highlights: TextRange[] } | null {
  const ranges = highlightRanges(text, matched);
  const first = ranges[0];
  if (!first) return null;
  let from = Math.max(0, first.start - Math.floor(length / 3));
  let to = Math.min(text.length, from + length);
  from = Math.max(0, Math.min(from, to - length));
  // Cut on word boundaries: move the ends outwards to the nearest space, never into the first match.
  if (from > 0) {
    const space = text.lastIndexOf(' ', from);
    from = space === -1 || first.start - space > length / 2 ? from : space + 1;
  }
  if (to < text.length) {
    const space = text.indexOf(' ', to);
    to = space === -1 || space - to > 20 ? to : space;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const body = text.slice(from, to).replace(/\s/g, ' ');
  const shift = prefix.length - from;
  const highlights = ranges
    .filter((range) => range.start >= from && range.end <= to)
    .map((range) => ({ start: range.start + shift, end: range.end + shift }));
  return { text: prefix + body + suffix, highlights };
}
