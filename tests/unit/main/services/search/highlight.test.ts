import { describe, expect, it } from 'vitest';
import { MatchedWords, snippetOf } from '../../../../../main/services/search/highlight';
import { tokensOf } from '../../../../../main/services/search/tokens';

/** The ranges the plain definition gives: every token whose term is matched. */
const byTokens = (text: string, terms: string[]) =>
  tokensOf(text)
    .filter((token) => terms.includes(token.term))
    .map(({ start, end }) => ({ start, end }));

describe('matched words', () => {
  it('finds whole words only, any case, the same as splitting into tokens', () => {
    const terms = ['rate', 'rates', 'bank', 'a'];
    for (const text of [
      'Rates rose; the BANK held rates. Ratepayers and a bank_rate, a’s and a-bank.',
      'Émile’s bank: rates in Zürich, a rate of 3.5 %.',
      'no match here',
      '',
    ]) {
      expect(new MatchedWords(terms).ranges(text), text).toEqual(byTokens(text, terms));
    }
  });

  it('finds each of many terms that are parts of one another only as whole words, in text order', () => {
    // A prefix query matches many words that start alike.
    const words = ['the', 'there', 'then', 'them', 'he', 'her', 'here', 'x1', '1', 'theme', "the's", 'THE'];
    const separators = [' ', '  ', '.', ', ', "'", '-', '\n', '_', '(', ')', '3'];
    let seed = 7;
    const next = (below: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % below;
    };
    for (let round = 0; round < 300; round += 1) {
      let text = '';
      for (let count = 1 + next(12); count > 0; count -= 1) {
        text += `${words[next(words.length)]}${separators[next(separators.length)]}`;
      }
      const terms = ['the', 'there', 'then', 'them', 'he', 'her', 'here', 'x1', '1', 'theme'].filter(() => next(3) === 0);
      expect(new MatchedWords(terms).ranges(text), `${JSON.stringify(text)} ${terms.join(',')}`).toEqual(byTokens(text, terms));
    }
  });

  it('matches accented words by their folded term', () => {
    const text = 'Crédit in Zürich';
    expect(new MatchedWords(['credit', 'zurich']).ranges(text)).toEqual([
      { start: 0, end: 6 },
      { start: 10, end: 16 },
    ]);
  });

  it('finds nothing without terms', () => {
    expect(new MatchedWords([]).ranges('Any text')).toEqual([]);
    expect(snippetOf('Any text', new Set())).toBeNull();
  });
});
