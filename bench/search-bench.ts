import { prng, pickFrom } from './prng';
import { callApi, type BenchShell } from './shell-process';
import { spread, type Spread, timeEach } from './stats';
import { logUniformWord, WORDS } from './word-list';

/** Search timings, and which path they measured. */
export interface SearchTimings {
  timings: Spread;
  /** Always 'searchBriefs' (kept so the table can say what was measured). */
  path: 'searchBriefs';
  /** Matches of the last query (to show the search did work). */
  lastTotal: number;
  /** Matches of the timed queries: the mean, and the share of the timed queries matching at least half the library. */
  meanTotal: number;
  broadShare: number;
}

/**
 * Queries a reader might type, in turn: a common word (one of the few
 * hundred commonest, found in roughly 40–100 % of the briefs), a prefix of a
 * word, a common word and another word, a word with a typo. "Another word"
 * has its frequency rank drawn evenly on a log scale, from the commonest
 * to words only a few briefs use.
 */
export function queryAt(random: () => number, index: number): string {
  const common = pickFrom(random, WORDS);
  const word = logUniformWord(random);
  switch (index % 4) {
    case 0:
      return common;
    case 1:
      return word.slice(0, Math.max(3, word.length - 2));
    case 2:
      return `${common} ${word}`;
    default:
      return word.length > 4 ? `${word.slice(0, 2)}${word.slice(3)}` : word;
  }
}

/**
 * Time `samples` queries against a running shell over HTTP, as the renderer
 * sends them (searchBriefs, the first window of results with snippets).
 */
export async function benchSearch(shell: BenchShell, samples: number): Promise<SearchTimings> {
  const path = 'searchBriefs';
  const random = prng(77);
  let lastTotal = 0;
  const totals: number[] = [];
  const run = async (index: number): Promise<void> => {
    const query = queryAt(random, index);
    const answer = await callApi(shell, 'searchBriefs', { query });
    if (!answer.ok) throw new Error(`searchBriefs "${query}" failed: ${answer.message}`);
    lastTotal = (answer.value as { total: number }).total;
    totals.push(lastTotal);
  };
  await timeEach(5, run);
  totals.length = 0;
  const timings = spread(await timeEach(samples, run));
  const briefs = await callApi(shell, 'listBriefs', { trash: false, limit: 1 });
  const size = briefs.ok ? (briefs.value as { total: number }).total : 0;
  const meanTotal = totals.reduce((sum, total) => sum + total, 0) / Math.max(1, totals.length);
  const broadShare = totals.filter((total) => size > 0 && total >= size / 2).length / Math.max(1, totals.length);
  return { timings, path, lastTotal, meanTotal, broadShare };
}
