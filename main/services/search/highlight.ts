import type { TextRange } from '../../../shared/api/contract';
import { hasCjk } from './cjk-bigrams';
import { tokensOf } from './tokens';

/** About how many characters a snippet holds. */
export const SNIPPET_LENGTH = 160;

/** A character outside ASCII: text without one keeps every offset when lower-cased (a search for one is quicker than matching the whole text). */
const NOT_ASCII = /[^\p{ASCII}]/u;

/** A letter, digit or combining mark: what a word is made of (see tokensOf). */
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Whether `text[index]` is part of a word (false outside the text). */
function isWordChar(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (Number.isNaN(code)) return false;
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return WORD_CHAR.test(text.charAt(index));
}

/** Whether a term is matched inside runs of CJK text (as a stretch of characters) rather than as a whole word. */
const isCjkTerm = (term: string): boolean => hasCjk(term);

/** Ranges sorted by start, overlapping or touching ones merged (CJK pairs of one run mark it as one stretch). */
function merged(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextRange[] = [];
  for (const range of sorted) {
    const last = out.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else out.push({ ...range });
  }
  return out;
}

/**
 * Finds the words of a text that a search matched: words equal to one of its
 * terms, words beginning with one of its prefixes (the word being typed), and
 * stretches of CJK text equal to one of its character pairs. Words are split
 * and folded the way the index does it (tokensOf). ASCII text — nearly all of
 * it — is lower-cased whole and each term looked for in it as a whole word (a
 * search's terms are few, and a string search is far quicker than splitting
 * the text into words).
 */
export class MatchedWords {
  readonly #terms: ReadonlySet<string>;
  readonly #prefixes: readonly string[];
  readonly #cjk: readonly string[];

  constructor(terms: Iterable<string>, prefixes: Iterable<string> = []) {
    const termList = [...terms].filter((term) => term !== '');
    const prefixList = [...prefixes].filter((prefix) => prefix !== '');
    this.#terms = new Set(termList.filter((term) => !isCjkTerm(term)));
    this.#prefixes = prefixList.filter((prefix) => !isCjkTerm(prefix));
    this.#cjk = [...termList, ...prefixList].filter(isCjkTerm);
  }

  /** The ranges of the matched words of `text`, in order. */
  ranges(text: string): TextRange[] {
    if (this.#terms.size === 0 && this.#prefixes.length === 0 && this.#cjk.length === 0) return [];
    const ranges = NOT_ASCII.test(text) ? this.#tokenRanges(text) : this.#asciiRanges(text);
    for (const term of this.#cjk) {
      for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) ranges.push({ start: at, end: at + term.length });
    }
    return ranges.length > 1 ? merged(ranges) : ranges;
  }

  #tokenRanges(text: string): TextRange[] {
    return tokensOf(text)
      .filter((token) => this.#terms.has(token.term) || this.#prefixes.some((prefix) => token.term.startsWith(prefix)))
      .map(({ start, end }) => ({ start, end }));
  }

  #asciiRanges(text: string): TextRange[] {
    // Lower-casing ASCII text keeps its length, so offsets carry over.
    const lower = text.toLowerCase();
    const ranges: TextRange[] = [];
    for (const term of this.#terms) {
      for (let at = lower.indexOf(term); at !== -1; at = lower.indexOf(term, at + 1)) {
        const end = at + term.length;
        if (!isWordChar(lower, at - 1) && !isWordChar(lower, end)) ranges.push({ start: at, end });
      }
    }
    for (const prefix of this.#prefixes) {
      for (let at = lower.indexOf(prefix); at !== -1; at = lower.indexOf(prefix, at + 1)) {
        if (isWordChar(lower, at - 1)) continue;
        let end = at + prefix.length;
        while (isWordChar(lower, end)) end += 1;
        ranges.push({ start: at, end });
      }
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
