import type { BriefSummary } from '../shared/model/brief';
import { filterBriefs } from '../renderer/model/filter-briefs';
import { prng, pickFrom } from './prng';
import { callApi, type BenchShell } from './shell-process';
import { spread, type Spread, timeEach } from './stats';
import { WORDS } from './word-list';

/** Search timings, and which path they measured. */
export interface SearchTimings {
  timings: Spread;
  /** 'searchBriefs', or 'filter' when the shell has no searchBriefs (listBriefs + the list's filter). */
  path: 'searchBriefs' | 'filter';
  /** Matches of the last query (to show the search did work). */
  lastTotal: number;
}

/** Queries a reader might type: one word, a prefix, two words, a word with a typo. */
function queryAt(random: () => number, index: number): string {
  const word = pickFrom(random, WORDS);
  switch (index % 4) {
    case 0:
      return word;
    case 1:
      return word.slice(0, Math.max(3, word.length - 2));
    case 2:
      return `${word} ${pickFrom(random, WORDS)}`;
    default:
      return word.length > 4 ? `${word.slice(0, 2)}${word.slice(3)}` : word;
  }
}

/**
 * Time `samples` queries against a running shell over HTTP, as the renderer
 * sends them: searchBriefs when the shell offers it, else listBriefs and the
 * list's own filter (the path the app took before full-text search).
 */
export async function benchSearch(shell: BenchShell, samples: number): Promise<SearchTimings> {
  const probe = await callApi(shell, 'searchBriefs', { query: 'bank' });
  const path = probe.ok ? 'searchBriefs' : 'filter';
  const random = prng(77);
  let lastTotal = 0;
  const run = async (index: number): Promise<void> => {
    const query = queryAt(random, index);
    if (path === 'searchBriefs') {
      const answer = await callApi(shell, 'searchBriefs', { query });
      if (!answer.ok) throw new Error(`searchBriefs "${query}" failed: ${answer.message}`);
      lastTotal = (answer.value as { total: number }).total;
    } else {
      const answer = await callApi(shell, 'listBriefs', { trash: false });
      if (!answer.ok) throw new Error(`listBriefs failed: ${answer.message}`);
      lastTotal = filterBriefs((answer.value as { briefs: BriefSummary[] }).briefs, query).length;
    }
  };
  await timeEach(5, run);
  return { timings: spread(await timeEach(samples, run)), path, lastTotal };
}
