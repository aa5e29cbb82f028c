import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../../../../shared/api/contract';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { searchableContent } from '../../search-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** Search with the contract's defaults. */
function search(store: LibraryStore, query: string, options: Partial<SearchQuery> = {}) {
  return store.search.search({ query, trash: false, limit: 100, ...options });
}

async function headlinesFound(store: LibraryStore, query: string, options: Partial<SearchQuery> = {}): Promise<string[]> {
  return (await search(store, query, options)).results.map((hit) => hit.summary.headline);
}

async function newLibrary(): Promise<LibraryStore> {
  return fixture.open(await fixture.tempDir());
}

describe('library search', () => {
  it('finds each field: standfirst, body, a takeaway, the desk title, analysis and sign-off, a tag', async () => {
    const store = await newLibrary();
    await store.createFrom(
      searchableContent({
        headline: 'Harbour dredging resumes',
        standfirst: 'Barges return after the spring floods.',
        body: 'Contractors cite sediment volumes.',
        takeaways: ['Shipping insurers lower premiums'],
        desk: { title: 'Quayside outlook', text: 'Tonnage forecasts look brighter.', deskName: 'Maritime Desk', series: 'Portwatch' },
        tags: ['logistics'],
      }),
    );
    await store.createFrom(searchableContent({ headline: 'Unrelated brief', body: 'Nothing about ships here.' }));
    for (const word of ['barges', 'sediment', 'insurers', 'quayside', 'tonnage', 'maritime', 'portwatch', 'logistics']) {
      expect(await headlinesFound(store, word), word).toEqual(['Harbour dredging resumes']);
    }
  });

  it('matches prefixes and typos', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Gas pipeline approved', body: 'The route crosses two valleys.' }));
    await store.createFrom(searchableContent({ headline: 'Rail freight slows' }));
    expect(await headlinesFound(store, 'pipel')).toEqual(['Gas pipeline approved']);
    expect(await headlinesFound(store, 'pipleine')).toEqual(['Gas pipeline approved']);
    expect(await headlinesFound(store, 'valeys')).toEqual(['Gas pipeline approved']);
    expect(await headlinesFound(store, 'zzzz')).toEqual([]);
  });

  it('ranks a headline match above a body-only match', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Budget review', body: 'The turbine order was delayed.' }));
    await store.createFrom(searchableContent({ headline: 'Turbine order delayed', body: 'Suppliers blame steel prices.' }));
    const { results } = await search(store, 'turbine');
    expect(results.map((hit) => hit.summary.headline)).toEqual(['Turbine order delayed', 'Budget review']);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('marks the matched words in the headline and a snippet of the best matching text', async () => {
    const store = await newLibrary();
    await store.createFrom(
      searchableContent({
        headline: 'Copper prices and copper stocks',
        body: `${'Background sentence without the word. '.repeat(8)}Smelters hoard copper as demand climbs.`,
      }),
    );
    const [hit] = (await search(store, 'copp')).results;
    const headline = hit!.summary.headline;
    expect(hit!.headlineHighlights.map((range) => headline.slice(range.start, range.end))).toEqual(['Copper', 'copper']);
    const { text, highlights } = hit!.snippet;
    expect(text.startsWith('…')).toBe(true);
    expect(text).toContain('Smelters hoard copper as demand climbs.');
    expect(highlights.map((range) => text.slice(range.start, range.end))).toEqual(['copper']);
  });

  it('marks a word found by a typo as it is written', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Pipeline politics', standfirst: 'A pipeline vote in June.' }));
    const [hit] = (await search(store, 'pipleine')).results;
    expect(hit!.headlineHighlights).toEqual([{ start: 0, end: 8 }]);
    expect(hit!.snippet.text).toBe('A pipeline vote in June.');
    expect(hit!.snippet.highlights).toEqual([{ start: 2, end: 10 }]);
  });

  it('filters by status, tag and update time, with or without words', async () => {
    const clock = { now: Date.parse('2025-05-01T12:00:00.000Z') };
    const store = await fixture.open(await fixture.tempDir(), { now: () => new Date(clock.now) });
    await store.createFrom(searchableContent({ headline: 'Wheat harvest early', tags: ['Farming'], status: 'ready' }));
    clock.now = Date.parse('2025-06-10T12:00:00.000Z');
    await store.createFrom(searchableContent({ headline: 'Wheat exports capped', tags: ['trade'], status: 'draft' }));
    clock.now = Date.parse('2025-07-20T12:00:00.000Z');
    await store.createFrom(searchableContent({ headline: 'Barley stocks', tags: ['farming'], status: 'draft' }));

    expect(await headlinesFound(store, 'wheat', { status: 'ready' })).toEqual(['Wheat harvest early']);
    expect(await headlinesFound(store, 'wheat', { tag: 'farming' })).toEqual(['Wheat harvest early']);
    expect(await headlinesFound(store, '', { tag: 'FARMING' })).toEqual(['Barley stocks', 'Wheat harvest early']);
    expect(await headlinesFound(store, '', { updatedAfter: '2025-06-01T00:00:00.000Z' })).toEqual([
      'Barley stocks',
      'Wheat exports capped',
    ]);
    expect(
      await headlinesFound(store, '', { updatedAfter: '2025-06-01T00:00:00.000Z', updatedBefore: '2025-06-30T23:59:59.999Z' }),
    ).toEqual(['Wheat exports capped']);
    const all = await search(store, '', { limit: 2 });
    expect(all.total).toBe(3);
    expect(all.results).toHaveLength(2);
  });

  it('keeps the Trash out unless asked for it', async () => {
    const store = await newLibrary();
    const kept = await store.createFrom(searchableContent({ headline: 'Lithium mine opens' }));
    const binned = await store.createFrom(searchableContent({ headline: 'Lithium refinery shelved' }));
    await store.trash(binned.id);
    expect(await headlinesFound(store, 'lithium')).toEqual(['Lithium mine opens']);
    expect(await headlinesFound(store, 'lithium', { trash: true })).toEqual(['Lithium refinery shelved']);
    expect((await search(store, '', { trash: true })).results.map((hit) => hit.summary.id)).toEqual([binned.id]);
    expect((await search(store, '')).results.map((hit) => hit.summary.id)).toEqual([kept.id]);
  });
});
