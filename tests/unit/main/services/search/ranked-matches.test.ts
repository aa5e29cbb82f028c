import { describe, expect, it } from 'vitest';
import { SearchIndexFixture } from './search-index-fixture';

describe('ranking the word being typed', () => {
  it('puts briefs with the word as typed before briefs with only longer words beginning with it', async () => {
    const fixture = new SearchIndexFixture();
    fixture.add([
      { headline: 'Banking rules tighten', body: 'Lenders prepare.' },
      ...Array.from({ length: 6 }, (_, at) => ({ headline: `Rates note ${at}`, body: 'The central bank holds.' })),
      { headline: 'Bank holiday', body: 'Markets close early.' },
    ]);
    const answer = await fixture.run('bank');
    expect(answer.total).toBe(8);
    expect(answer.results.map((hit) => hit.summary.headline)).toEqual([
      'Bank holiday',
      ...Array.from({ length: 6 }, (_, at) => `Rates note ${5 - at}`),
      'Banking rules tighten',
    ]);
    // Page by page, the same order.
    const pages = [0, 3, 6].map((offset) => fixture.headlines('bank', { offset, limit: 3 }));
    expect((await Promise.all(pages)).flat()).toEqual(answer.results.map((hit) => hit.summary.headline));
  });
});

describe('counting many matches', () => {
  it('counts up to 1,000, says "at least", and lists every brief it counted, best first', async () => {
    const fixture = new SearchIndexFixture();
    fixture.add(Array.from({ length: 1000 }, (_, at) => ({ headline: `Note ${at}`, body: 'A routine market note.' })));
    expect(await fixture.run('routine')).toMatchObject({ total: 1000, totalExact: true, rankedAmong: null });
    fixture.add([{ headline: 'Routine headline', body: 'Other words.' }]);
    const answer = await fixture.run('routine');
    expect(answer).toMatchObject({ total: 1000, totalExact: false, rankedAmong: 1000 });
    expect(answer.results[0]?.summary.headline).toBe('Routine headline');
    // The last page of those counted is there; nothing beyond.
    expect((await fixture.run('routine', { offset: 990, limit: 50 })).results).toHaveLength(10);
    expect((await fixture.run('routine', { offset: 1000 })).results).toHaveLength(0);
  });
});
