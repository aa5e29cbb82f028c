/** What a reader found in a document: the figures the corpus compares. */
export interface Counts {
  /** Prose words (code left out), normalised. */
  words: string[];
  headings: { level: number; text: string }[];
  /** Each note's text, normalised. */
  notes: string[];
  /** Each code block's text, exactly. */
  code: string[];
  /** Link addresses, as written. */
  links: string[];
  /** The ids in-page links can point at (headings' anchors). */
  anchors: string[];
}

/** Lower case, punctuation trimmed from both ends: the unit of the word comparison. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
}

export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/u)
    .map(normaliseWord)
    .filter((word) => word !== '');
}

/** Text with its spaces collapsed, for comparing headings and notes. */
export const squash = (text: string): string => wordsOf(text).join(' ');

/** How many of `wanted` are in `found`, each found item used once. */
export function keptOf(wanted: readonly string[], found: readonly string[]): number {
  const left = new Map<string, number>();
  for (const item of found) left.set(item, (left.get(item) ?? 0) + 1);
  let kept = 0;
  for (const item of wanted) {
    const count = left.get(item) ?? 0;
    if (count > 0) {
      kept += 1;
      left.set(item, count - 1);
    }
  }
  return kept;
}
