import type { TextRange } from '../../../shared/api/contract';
import { tokensOf } from './tokens';

/** About how many characters a snippet holds. */
export const SNIPPET_LENGTH = 160;

/** Text with nothing but ASCII characters: lower-casing it keeps every offset. */
const ASCII_TEXT = /^[\x00-\x7f]*$/;

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds the words of a text that are among a search's matched terms (the
 * same words tokensOf splits and the index normalises). Built once per
 * result: ASCII text — nearly all of it — is lower-cased whole and scanned
 * with one regular expression of the terms as whole words; other text is
 * split into tokens, each normalised.
 */
export class MatchedWords {
  readonly #terms: ReadonlySet<string>;
  /** The terms as whole words, longest first; null when there are none. */
  readonly #pattern: RegExp | null;

  constructor(terms: Iterable<string>) {
    this.#terms = new Set(terms);
    const alternatives = [...this.#terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
    this.#pattern =
      alternatives.length === 0
        ? null
        : new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'gu');
  }

  /** The ranges of the matched words of `text`, in order. */
  ranges(text: string): TextRange[] {
    if (this.#pattern === null) return [];
    if (!ASCII_TEXT.test(text)) {
      return tokensOf(text)
        .filter((token) => this.#terms.has(token.term))
        .map(({ start, end }) => ({ start, end }));
    }
    // Lower-casing ASCII text keeps its length (also where the locale maps "I" to "ı"), so offsets carry over.
    const lower = text.toLocaleLowerCase();
    const ranges: TextRange[] = [];
    for (const match of lower.matchAll(this.#pattern)) {
      ranges.push({ start: match.index, end: match.index + match[0].length });
    }
    return ranges;
  }
}

/** The ranges of the words of `text` that are among the matched terms. */
export function highlightRanges(text: string, matched: ReadonlySet<string> | MatchedWords): TextRange[] {
  return (matched instanceof MatchedWords ? matched : new MatchedWords(matched)).ranges(text);
}

/**
 * A short stretch of `text` around its first matched word (whole words,
 * "…" where cut, line breaks as spaces) and the matched words in it, given
 * the ranges of the matched words of `text` (from highlightRanges); null
 * when there are none.
 */
export function snippetAround(
  text: string,
  ranges: readonly TextRange[],
  length = SNIPPET_LENGTH,
): { text: string; highlights: TextRange[] } | null {
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

/**
 * A short stretch of `text` around its first matched word (whole words,
 * "…" where cut, line breaks as spaces) and the matched words in it; null
 * when no word of `text` matched.
 */
export function snippetOf(
  text: string,
  matched: ReadonlySet<string> | MatchedWords,
  length = SNIPPET_LENGTH,
): { text: string; highlights: TextRange[] } | null {
  return snippetAround(text, highlightRanges(text, matched), length);
}
