import { foldText } from './text-folding';

/** A word of a text and where it is: `text.slice(start, end)`. */
export interface Token {
  term: string;
  start: number;
  end: number;
}

/** A word: a run of letters, digits and combining marks (the index's tokenizer splits on everything else). */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** A word of ASCII letters and digits only: nothing to fold but case. */
const ASCII_WORD = /^[A-Za-z0-9]*$/;

/** The search term of a word, as the index has it: folded (see foldText) and lower case ("Émile" → "emile"). */
export function normaliseTerm(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  return foldText(word).toLowerCase();
}

/** The words of a text with their offsets (the split the index uses, so matches can be marked). */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normaliseTerm(match[0]);
    if (term !== '') tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** The words of a text. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}
