import { describe, expect, it } from 'vitest';
import { matchExpression } from '../../../../../main/services/search/match-expression';
import { MAX_CLAUSES, MAX_QUERY_CHARS, parseQuery } from '../../../../../main/services/search/query-parser';
import { searchableContent } from '../../search-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** What analysts (or a paste) might put in the search box that a careless builder would pass to FTS5 as syntax. */
const HOSTILE = [
  '"',
  '"unclosed phrase',
  'a"b"c"',
  '*',
  '**',
  'bank*',
  '*bank',
  'NEAR',
  'NEAR(a b, 2)',
  'a NEAR/3 b',
  'AND',
  'OR',
  'NOT',
  'a AND',
  'OR b',
  'a OR OR b',
  '(',
  ')',
  '((a)',
  'a) OR (b',
  ':',
  'headline:',
  'headline:bank',
  '{headline}: bank',
  'tag:',
  'status:',
  '-',
  '--',
  '- bank',
  '-"',
  '^bank',
  '+bank',
  'bank\u0000rates',
  '\u0001\u0002\u001b[31m',
  '\u202ebank\u202c',
  "'; DROP TABLE briefs; --",
  'fts MATCH 1',
  '\\',
  '%_',
  '\ud800',
  '😀 emoji',
  ' ',
];

describe('reading a search', () => {
  it('reads words, the last as a prefix, "phrases", -exclusions and filters', () => {
    const parsed = parseQuery('Central "bank rates" -draft tag:energy status:rev section:"Middle East" pipel');
    expect(parsed.include.map((clause) => [clause.terms, clause.phrase, clause.prefix])).toEqual([
      [['central'], false, false],
      [['bank', 'rates'], true, false],
      [['pipel'], false, true],
    ]);
    expect(parsed.exclude.map((clause) => clause.terms)).toEqual([['draft']]);
    expect(parsed.filters).toEqual({ tag: 'energy', status: 'review', section: 'Middle East' });
    expect(parsed.notice).toBeNull();
  });

  it('builds the MATCH expression from quoted strings of the index’s own words only', () => {
    expect(matchExpression(parseQuery('bank* (rates) NEAR "a:b" -x'))).toBe('("bank" AND "rates" AND "near" AND "a b") NOT "x"');
    expect(matchExpression(parseQuery('E-mail rat'))).toBe('"e mail" AND "rat" *');
    expect(matchExpression(parseQuery('我们的'))).toBe('"我们 们的"');
    expect(matchExpression(parseQuery('国'))).toBe('"国" *');
    expect(matchExpression(parseQuery('-only -these'))).toBeNull();
    for (const query of HOSTILE) {
      const expression = matchExpression(parseQuery(query)) ?? '';
      // Outside the quoted strings there is nothing but the operators this builder writes.
      const outside = expression.replace(/"(?:[^"]|"")*"/g, '').replace(/\b(AND|OR|NOT)\b|[()*]/g, '');
      expect(outside.trim(), query).toBe('');
    }
  });

  it('cuts a very long search, and one of too many words, with a note', () => {
    const long = parseQuery('word '.repeat(2_000));
    expect(long.notice).toContain(`first ${MAX_QUERY_CHARS.toLocaleString('en-US')} characters`);
    expect(long.include).toHaveLength(MAX_CLAUSES);
    const many = parseQuery(Array.from({ length: 40 }, (_, n) => `w${n}x`).join(' '));
    expect(many.include).toHaveLength(MAX_CLAUSES);
    expect(many.notice).toContain(`first ${MAX_CLAUSES} words`);
  });

  it('never raises an SQL or FTS error, whatever is typed, and still finds what the words say', async () => {
    const store = await fixture.open(await fixture.tempDir());
    await store.createFrom(searchableContent({ headline: 'Bank rates hold', body: 'The near term looks calm; e-mail the desk.' }));
    for (const query of [...HOSTILE, 'x'.repeat(10_000), `${'bank '.repeat(3_000)}`]) {
      const answer = await store.search.search({ query, trash: false, offset: 0, limit: 10 });
      expect(answer.results.length, JSON.stringify(query.slice(0, 40))).toBeLessThanOrEqual(1);
    }
    const found = async (query: string): Promise<number> =>
      (await store.search.search({ query, trash: false, offset: 0, limit: 10 })).total;
    expect(await found('bank*')).toBe(1);
    expect(await found('NEAR')).toBe(1);
    expect(await found('a) OR (bank')).toBe(0);
    expect(await found('bank\u0000rates')).toBe(1);
    expect(await found('"e-mail"')).toBe(1);
    expect(await found('headline:bank')).toBe(0);
    const cut = await store.search.search({ query: `bank ${'x'.repeat(10_000)}`, trash: false, offset: 0, limit: 10 });
    expect(cut.notice).toMatch(/cut to its first/);
  });
});
