/**
 * The edit distance between two words — insertions, deletions, substitutions
 * and swaps of two neighbouring letters each count one (optimal string
 * alignment) — or `max + 1` as soon as it is certain to exceed `max`, so
 * scanning a vocabulary for near words stays cheap.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  let before: number[] = [];
  let previous: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current: number[] = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1);
      }
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > max) return max + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[b.length] ?? max + 1, max + 1);
}

/** How far a word may be from a suggestion: none under four letters, one up to six, two from seven. */
export function allowedTypos(word: string): number {
  const length = [...word].length;
  if (length < 4) return 0;
  return length < 7 ? 1 : 2;
}

/** The words of `vocabulary` within `allowedTypos(word)` edits of `word`, nearest first (then alphabetical). */
export function nearWords(word: string, vocabulary: readonly string[]): { term: string; distance: number }[] {
  const max = allowedTypos(word);
  if (max === 0) return [];
  const near: { term: string; distance: number }[] = [];
  for (const term of vocabulary) {
    if (term === word) continue;
    const distance = editDistance(word, term, max);
    if (distance <= max) near.push({ term, distance });
  }
  return near.sort((a, b) => a.distance - b.distance || a.term.localeCompare(b.term));
}
