import { hasCjk } from './cjk-bigrams';
import { allowedTypos, nearWords } from './edit-distance';
import type { Clause, ParsedQuery } from './query-parser';

/** A word with fewer matches than this is worth a typo suggestion. */
export const FEW_MATCHES = 3;
/** Near words tried for one word at most (the nearest first). */
const MAX_TRIED = 8;

/** What a correction needs: the index's vocabulary and a way to count a clause's matches. */
export interface CorrectionSource {
  /** Words of the index's vocabulary from `from` (inclusive) to `to` (exclusive). */
  vocabulary(from: string, to: string): string[];
  /** How many briefs a clause matches (with the search's filters). */
  matchCount(clause: Clause): number;
}

/** Longest word offered as a suggestion. */
const MAX_SUGGESTION_LENGTH = 40;

/** Whether a word of the vocabulary may be offered for a typo: letters only (no numbers: 2025 is no typo of 2026), 40 at most. */
function isSuggestion(term: string): boolean {
  return term.length <= MAX_SUGGESTION_LENGTH && !/\p{N}/u.test(term);
}

/** The first character of a word and the one after it: the range of vocabulary words starting with it. */
function rangeOfFirst(word: string): [string, string] {
  const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
  return [first, String.fromCodePoint((first.codePointAt(0) ?? 0) + 1)];
}

/**
 * The search with each single word that has fewer than FEW_MATCHES matches
 * corrected by the near word (within one or two edits, see allowedTypos) of
 * the index's own vocabulary that matches the most briefs, when one matches
 * more: a word with no match is replaced by it, a word with a few matches
 * keeps them and gains it as an alternative (its own matches still found).
 * Null when no word was corrected. Phrases, CJK and words under four letters
 * are left as typed; near words share the first letter (a typo there is rare,
 * and it keeps the words to compare few).
 */
export function correctedQuery(parsed: ParsedQuery, source: CorrectionSource): ParsedQuery | null {
  let changed = false;
  const include = parsed.include.map((clause): Clause => {
    const word = clause.terms[0];
    if (clause.phrase || clause.terms.length !== 1 || word === undefined || allowedTypos(word) === 0 || hasCjk(word)) return clause;
    const own = source.matchCount(clause);
    if (own >= FEW_MATCHES) return clause;
    const [from, to] = rangeOfFirst(word);
    let best: { clause: Clause; count: number } | null = null;
    for (const { term } of nearWords(word, source.vocabulary(from, to).filter(isSuggestion)).slice(0, MAX_TRIED)) {
      const candidate: Clause = { text: term, terms: [term], phrase: false, prefix: clause.prefix };
      // A word with a few matches of its own keeps them: the near word is offered beside it.
      const count = source.matchCount(candidate);
      if (count > own && (best === null || count > best.count)) best = { clause: candidate, count };
    }
    if (best === null) return clause;
    changed = true;
    return own === 0 ? best.clause : { ...clause, alternatives: [best.clause.text] };
  });
  return changed ? { ...parsed, include } : null;
}
