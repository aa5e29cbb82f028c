import { describe, expect, it } from 'vitest';
import {
  isCompletable,
  MAX_COMPLETIONS,
  MAX_INDEXED_COMPLETIONS,
  vocabularyCompleter,
} from '../../../../../main/services/search/prefix-completion';
import { SearchIndexFixture } from './search-index-fixture';

/** Briefs whose words stress the completion: numbers in words, folded accents, other scripts, many words of one prefix. */
function variedLibrary(): SearchIndexFixture {
  const fixture = new SearchIndexFixture();
  fixture.add([
    { headline: 'Covid19 wards reopen', body: 'The covid wave ebbs; H5N1 is watched.' },
    { headline: 'Café prices', body: 'Cafés raise prices; a cafeteria closes.' },
    { headline: 'Ωμέγα fund', body: 'Ελληνικά ομόλογα και Ωμέγα.' },
    { headline: 'Ёлка sales', body: 'Ёлки и ёлочные игрушки.' },
    { headline: 'Straße works', body: 'Straßenbahn delays in Berlin.' },
    { headline: 'नमस्ते India', body: 'नमस्ते and नमस्कार greetings.' },
    { headline: 'Highs and lows', body: 'Markets hit highs; the highway toll is higher.' },
    { headline: 'Rare word', body: 'Only this brief says zisneastios.' },
    {
      headline: 'Many words',
      body: Array.from({ length: MAX_COMPLETIONS + 6 }, (_, at) => `prefx${String(at).padStart(3, '0')}`).join(' '),
    },
    ...Array.from({ length: 12 }, (_, at) => ({ headline: `High note ${at}`, body: 'A high tide.' })),
  ]);
  return fixture;
}

describe('completing the word being typed', () => {
  it('finds exactly what FTS5’s own prefix search finds, whatever the words are made of', async () => {
    const fixture = variedLibrary();
    const prefixes = [
      'cov',
      'covid',
      'covid1',
      'h5n',
      'caf',
      'cafe',
      'ωμε',
      'ελλ',
      'ёлк',
      'stra',
      'straß',
      'नमस',
      'hig',
      'high',
      'highw',
      'zisnea',
      'prefx',
      'prefx0',
      'prefx06',
      'zzz',
    ];
    for (const prefix of prefixes) {
      fixture.state = 'ready';
      const completed = (await fixture.headlines(prefix, { limit: 1000 })).sort();
      // While the index is rebuilt its vocabulary is not complete: FTS5's own prefix search is used.
      fixture.state = 'rebuilding';
      const own = (await fixture.headlines(prefix, { limit: 1000 })).sort();
      expect(completed, prefix).toEqual(own);
    }
    fixture.state = 'ready';
    expect(await fixture.headlines('covi')).toEqual(['Covid19 wards reopen']);
    expect(await fixture.headlines('zisnea')).toEqual(['Rare word']);
    expect((await fixture.run('prefx0')).total).toBe(1);
    // Words with numbers complete, but a number is never offered for a typo: 2027 is no misspelt 2026.
    fixture.add([{ headline: 'Budget 2026', body: 'Spending plans.' }]);
    expect(await fixture.run('2027')).toMatchObject({ total: 0, correctedQuery: null });
    expect(await fixture.headlines('202')).toEqual(['Budget 2026']);
  });

  it('stands for at most so many words, fewer where a prefix index answers quicker, and only for plain words', () => {
    const numbered = (stem: string, count: number) => Array.from({ length: count }, (_, at) => `${stem}${String(at).padStart(3, '0')}`);
    const words = [...numbered('abcd', MAX_COMPLETIONS), ...numbered('abce', MAX_COMPLETIONS + 1), 'xyza', 'xyzb'];
    const range = (from: string, to: string, limit: number) => words.filter((word) => word >= from && word < to).slice(0, limit);
    const complete = vocabularyCompleter(range);
    expect(complete('abcd00')).toHaveLength(10);
    expect(complete('abcd')).toHaveLength(MAX_COMPLETIONS);
    expect(complete('abce')).toBeNull();
    // Three letters: FTS5's prefix index answers quicker than more than a few words.
    expect(MAX_INDEXED_COMPLETIONS).toBeLessThan(MAX_COMPLETIONS);
    expect(complete('abc')).toBeNull();
    expect(complete('xyz')).toEqual(['xyza', 'xyzb']);
    expect(complete('abf')).toEqual([]);
    expect(['covid19', 'ёлк', 'ωμε', 'नमस'].every(isCompletable)).toBe(true);
    // Marks the index's tokenizer splits on, CJK (searched as pairs), anything not a word.
    expect(['नमस्', '我们', 'e-mail', ''].some(isCompletable)).toBe(false);
  });
});
