import { describe, expect, it } from 'vitest';
import type { SearchQuery } from '../../../../../shared/api/contract';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { searchableContent } from '../../search-fixtures';
import { storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** Search with the contract's defaults. */
function search(store: LibraryStore, query: string, options: Partial<SearchQuery> = {}) {
  return store.search.search({ query, trash: false, offset: 0, limit: 50, ...options });
}

async function headlinesFound(store: LibraryStore, query: string, options: Partial<SearchQuery> = {}): Promise<string[]> {
  return (await search(store, query, options)).results.map((hit) => hit.summary.headline);
}

async function newLibrary(): Promise<LibraryStore> {
  return fixture.open(await fixture.tempDir());
}

describe('library search', () => {
  it('finds each field: standfirst, body, a takeaway, the desk title, analysis and sign-off, a tag, the section, byline and hero', async () => {
    const store = await newLibrary();
    await store.createFrom({
      ...searchableContent({
        headline: 'Harbour dredging resumes',
        standfirst: 'Barges return after the spring floods.',
        body: 'Contractors cite sediment volumes.',
        takeaways: ['Shipping insurers lower premiums'],
        desk: { title: 'Quayside outlook', text: 'Tonnage forecasts look brighter.', deskName: 'Maritime Desk', series: 'Portwatch' },
        tags: ['logistics'],
        section: 'Seaboard',
      }),
      byline: 'Ingrid Vasquez',
    });
    await store.createFrom(searchableContent({ headline: 'Unrelated brief', body: 'Nothing about ships here.' }));
    for (const word of [
      'barges',
      'sediment',
      'insurers',
      'quayside',
      'tonnage',
      'maritime',
      'portwatch',
      'logistics',
      'seaboard',
      'vasquez',
    ]) {
      expect(await headlinesFound(store, word), word).toEqual(['Harbour dredging resumes']);
    }
  });

  it('matches the word being typed as a prefix, and says how many briefs matched', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Gas pipeline approved', body: 'The route crosses two valleys.' }));
    await store.createFrom(searchableContent({ headline: 'Pipes and pumps', body: 'Water utilities order more.' }));
    await store.createFrom(searchableContent({ headline: 'Rail freight slows' }));
    const answer = await search(store, 'pipel');
    expect(answer.results.map((hit) => hit.summary.headline)).toEqual(['Gas pipeline approved']);
    expect(answer).toMatchObject({ total: 1, totalExact: true, correctedQuery: null, rankedAmong: null });
    expect((await search(store, 'pip')).total).toBe(2);
    // Only the last word is a prefix: "pip" before another word must be whole.
    expect(await headlinesFound(store, 'pip route')).toEqual([]);
    expect(await headlinesFound(store, 'zzzz')).toEqual([]);
  });

  it('replaces a word with no match by the nearest word of the library, and says so', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Gas pipeline approved', body: 'The route crosses two valleys.' }));
    await store.createFrom(searchableContent({ headline: 'Pipeline politics', standfirst: 'A pipeline vote in June.' }));
    const swapped = await search(store, 'pipleine');
    expect(swapped.correctedQuery).toBe('pipeline');
    expect(swapped.results.map((hit) => hit.summary.headline).sort()).toEqual(['Gas pipeline approved', 'Pipeline politics']);
    expect(await search(store, 'valeys route')).toMatchObject({ correctedQuery: 'valleys route', total: 1 });
    // Marked as written in the text.
    const marked = (await search(store, 'pipleine politics')).results[0];
    expect(marked?.headlineHighlights).toEqual([
      { start: 0, end: 8 },
      { start: 9, end: 17 },
    ]);
    // Nothing near enough: no correction, no results.
    expect(await search(store, 'qqqqqqq')).toMatchObject({ total: 0, correctedQuery: null });
  });

  it('keeps a rare word’s own matches and adds its common near word', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Crème brûlée exports', body: 'Dessert makers grow.' }));
    for (const n of [1, 2, 3, 4]) await store.createFrom(searchableContent({ headline: `Crome plating ${n}`, body: 'Metal finishers.' }));
    const answer = await search(store, 'creme');
    expect(answer.correctedQuery).toBe('creme or crome');
    expect(answer.total).toBe(5);
    expect(answer.results.map((hit) => hit.summary.headline)).toContain('Crème brûlée exports');
  });

  it('ranks a headline match above a takeaway, and a takeaway above a body-only match', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Budget review', body: 'The turbine order was delayed.' }));
    await store.createFrom(searchableContent({ headline: 'Turbine order delayed', body: 'Suppliers blame steel prices.' }));
    await store.createFrom(searchableContent({ headline: 'Wind week', takeaways: ['A turbine maker hires again'], body: 'Other news.' }));
    const { results } = await search(store, 'turbine');
    expect(results.map((hit) => hit.summary.headline)).toEqual(['Turbine order delayed', 'Wind week', 'Budget review']);
    expect(results[0]?.score).toBeGreaterThan(results[1]?.score ?? Infinity);
    expect(results[1]?.score).toBeGreaterThan(results[2]?.score ?? Infinity);
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
    const headline = hit?.summary.headline ?? '';
    expect(hit?.headlineHighlights.map((range) => headline.slice(range.start, range.end))).toEqual(['Copper', 'copper']);
    const text = hit?.snippet.text ?? '';
    expect(text.startsWith('…')).toBe(true);
    expect(text).toContain('Smelters hoard copper as demand climbs.');
    expect(hit?.snippet.highlights.map((range) => text.slice(range.start, range.end))).toEqual(['copper']);
  });

  it('finds "exact phrases" only as written, and leaves out -excluded words', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Central bank holds', body: 'The central bank held rates.' }));
    await store.createFrom(searchableContent({ headline: 'Bank branches close', body: 'A central office and a bank branch.' }));
    expect(await headlinesFound(store, '"central bank"')).toEqual(['Central bank holds']);
    expect((await headlinesFound(store, 'central bank')).sort()).toEqual(['Bank branches close', 'Central bank holds']);
    expect(await headlinesFound(store, 'bank -branches')).toEqual(['Central bank holds']);
    expect(await headlinesFound(store, 'bank -"central bank"')).toEqual(['Bank branches close']);
    // An exclusion alone lists the rest.
    expect(await headlinesFound(store, '-holds')).toEqual(['Bank branches close']);
  });

  it('folds accents both ways and finds CJK text by any stretch of it', async () => {
    const store = await newLibrary();
    await store.createFrom(searchableContent({ headline: 'Café owners in Zürich', body: 'Ελληνικά words, naïve façade.' }));
    await store.createFrom(searchableContent({ headline: '我们的国家经济', body: '东京の市場は静かでした。' }));
    await store.createFrom(searchableContent({ headline: 'Plain cafe', body: 'Nothing else.' }));
    expect((await headlinesFound(store, 'cafe')).sort()).toEqual(['Café owners in Zürich', 'Plain cafe']);
    expect((await headlinesFound(store, 'CAFÉ')).sort()).toEqual(['Café owners in Zürich', 'Plain cafe']);
    expect(await headlinesFound(store, 'zurich facade')).toEqual(['Café owners in Zürich']);
    expect(await headlinesFound(store, 'ελληνικα')).toEqual(['Café owners in Zürich']);
    expect(await headlinesFound(store, '我们')).toEqual(['我们的国家经济']);
    expect(await headlinesFound(store, '国家经济')).toEqual(['我们的国家经济']);
    expect(await headlinesFound(store, '市場')).toEqual(['我们的国家经济']);
    expect(await headlinesFound(store, '国')).toEqual(['我们的国家经济']);
    expect(await headlinesFound(store, '我国')).toEqual([]);
    const [hit] = (await search(store, '国家')).results;
    expect(hit?.headlineHighlights).toEqual([{ start: 3, end: 5 }]);
  });

  it('filters by status, tag, section and update time, typed or chosen, with or without words', async () => {
    const clock = { now: Date.parse('2025-05-01T12:00:00.000Z') };
    const store = await fixture.open(await fixture.tempDir(), { now: () => new Date(clock.now) });
    await store.createFrom(
      searchableContent({ headline: 'Wheat harvest early', tags: ['Farming'], status: 'ready', section: 'Agriculture' }),
    );
    clock.now = Date.parse('2025-06-10T12:00:00.000Z');
    await store.createFrom(searchableContent({ headline: 'Wheat exports capped', tags: ['trade'], status: 'draft', section: 'Trade' }));
    clock.now = Date.parse('2025-07-20T12:00:00.000Z');
    await store.createFrom(searchableContent({ headline: 'Barley stocks', tags: ['farming'], status: 'draft', section: 'agriculture' }));

    expect(await headlinesFound(store, 'wheat', { status: 'ready' })).toEqual(['Wheat harvest early']);
    expect(await headlinesFound(store, 'wheat status:ready')).toEqual(['Wheat harvest early']);
    expect(await headlinesFound(store, 'wheat', { tag: 'farming' })).toEqual(['Wheat harvest early']);
    expect(await headlinesFound(store, 'wheat tag:FARMING')).toEqual(['Wheat harvest early']);
    expect(await headlinesFound(store, 'section:agriculture')).toEqual(['Barley stocks', 'Wheat harvest early']);
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
    expect((await search(store, '', { limit: 2, offset: 2 })).results.map((hit) => hit.summary.headline)).toEqual(['Wheat harvest early']);
    expect((await search(store, 'wheat status:archived')).notice).toMatch(/not a status/);
  });

  it('keeps the Trash out unless asked for it', async () => {
    const store = await newLibrary();
    const kept = await store.createFrom(searchableContent({ headline: 'Lithium mine opens' }));
    const binned = await store.createFrom(searchableContent({ headline: 'Lithium refinery shelved' }));
    await store.trash(binned.id);
    expect(await headlinesFound(store, 'lithium')).toEqual(['Lithium mine opens']);
    expect(await headlinesFound(store, 'lithium', { trash: true })).toEqual(['Lithium refinery shelved']);
    // The count too: the live briefs' matches are counted without the one in the Trash, and the Trash's alone.
    expect((await search(store, 'lithium')).total).toBe(1);
    expect((await search(store, 'lith')).total).toBe(1);
    expect((await search(store, 'lithium', { trash: true })).total).toBe(1);
    expect((await search(store, '', { trash: true })).results.map((hit) => hit.summary.id)).toEqual([binned.id]);
    expect((await search(store, '')).results.map((hit) => hit.summary.id)).toEqual([kept.id]);
  });

  it('finds a brief by the words of its latest save, and no longer by the words it lost', async () => {
    const store = await newLibrary();
    const brief = await store.createFrom(searchableContent({ headline: 'Ferry routes', standfirst: 'Two operators merge.' }));
    await store.save(brief.id, searchableContent({ headline: 'Ferry routes', standfirst: 'Across the saltmarsh crossing.' }), 0);
    expect(await headlinesFound(store, 'saltmarsh')).toEqual(['Ferry routes']);
    expect(await headlinesFound(store, 'operators')).toEqual([]);
    await store.trash(brief.id);
    await store.purge(brief.id);
    expect(await headlinesFound(store, 'saltmarsh', { trash: true })).toEqual([]);
  });

  it('cuts the snippet from the latest save when the same search is run again (decoded texts are kept between searches)', async () => {
    const store = await newLibrary();
    const brief = await store.createFrom(
      searchableContent({ headline: 'Grain corridor', standfirst: 'Wheat convoys leave the port at dawn.' }),
    );
    expect((await search(store, 'wheat')).results[0]?.snippet.text).toContain('Wheat convoys leave the port at dawn.');
    await store.save(
      brief.id,
      searchableContent({ headline: 'Grain corridor', standfirst: 'Wheat barges wait for the river to rise.' }),
      0,
    );
    const [hit] = (await search(store, 'wheat')).results;
    expect(hit?.snippet.text).toContain('Wheat barges wait for the river to rise.');
    expect(hit?.snippet.text).not.toContain('convoys');
  });
});
