import type { TextRange } from '../../../shared/api/contract';
import { tokensOf } from './tokens';

/** About how many characters a snippet holds. */
export const SNIPPET_LENGTH = 160;

/** Text with nothing but ASCII characters: lower-casing it keeps every offset. */
const ASCII_TEXT = /^\p{ASCII}*$/u;

/** A letter, digit or combining mark: what a word is made of (see tokensOf). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether `text[index]` is part of a word (false outside the text). */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return WORD_CHAR.test(text.charAt(index));
}

/**
 * Finds the words of a text that are among a search's matched terms (the
 * same words tokensOf splits and the index normalises). ASCII text — nearly
 * all of it — is lower-cased whole and each term looked for in it as a whole
 * word (a result's terms are few, and a string search is far quicker than
 * splitting the text into words); other text is split into tokens, each
 * normalised.
 */
export class MatchedWords {
  readonly #terms: ReadonlySet<string>;

  constructor(terms: Iterable<string>) {
    this.#terms = new Set(terms);
  }

  /** The ranges of the matched words of `text`, in order. */
  ranges(text: string): TextRange[] {
    if (this.#terms.size === 0) return [];
    if (!ASCII_TEXT.test(text)) {
      return tokensOf(text)
        .filter((token) => this.#terms.has(token.term))
        .map(({ start, end }) => ({ start, end }));
    }
    // Lower-casing ASCII text keeps its length (also where the locale maps "I" to "ı"), so offsets carry over.
    const lower = text.toLocaleLowerCase();
    const ranges: TextRange[] = [];
    for (const term of this.#terms) {
      if (term === '') continue;
      for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
        const end = at + term.length;
        if (!isWordChar(lower, at - 1) && !isWordChar(lower, end)) ranges.push({ start: at, end });
      }
    }
    // Two terms never match at one place: each match is a whole word.
    return ranges.length > 1 && this.#terms.size > 1 ? ranges.sort((a, b) => a.start - b.start) : ranges;
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
