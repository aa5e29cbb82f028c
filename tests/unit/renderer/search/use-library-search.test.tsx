// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BriefdeskApi, SearchQuery } from '../../../../shared/api/contract';
import type { BriefSummary } from '../../../../shared/model/brief';
import { NO_FILTERS, type SearchFilters, searchQueryOf } from '../../../../renderer/search/search-filters';
import { type LibrarySearchState, SEARCH_DEBOUNCE_MS, useLibrarySearch } from '../../../../renderer/search/use-library-search';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Answer = Awaited<ReturnType<BriefdeskApi['searchBriefs']>>;

const summary = (headline: string): BriefSummary => ({
  id: `brief-${headline.toLowerCase()}`,
  headline,
  section: '',
  status: 'draft',
  tags: [],
  wordCount: 0,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  trashedAt: null,
});

const answerWith = (headline: string): Answer => ({
  results: [{ summary: summary(headline), score: 1, headlineHighlights: [], snippet: { text: '', highlights: [] } }],
  total: 1,
});

/** An API whose searches wait until the test answers them, one by one. */
function deferredSearchApi() {
  const calls: { query: SearchQuery; answer: (value: Answer) => void }[] = [];
  const searchBriefs = (query: SearchQuery): Promise<Answer> => new Promise((resolve) => calls.push({ query, answer: resolve }));
  return { api: { searchBriefs } as unknown as BriefdeskApi, calls };
}

describe('useLibrarySearch', () => {
  let container: HTMLElement;
  beforeEach(() => {
    vi.useFakeTimers();
    container = document.createElement('div');
  });
  afterEach(() => vi.useRealTimers());

  function mount(api: BriefdeskApi) {
    const root = createRoot(container);
    const seen: { state: LibrarySearchState | null } = { state: null };
    const briefs: BriefSummary[] = [];
    function Probe({ text, filters }: { text: string; filters: SearchFilters }) {
      seen.state = useLibrarySearch(api, text, filters, false, briefs);
      return null;
    }
    const render = (text: string, filters: SearchFilters = NO_FILTERS) => act(() => root.render(<Probe text={text} filters={filters} />));
    return { seen, render, unmount: () => act(() => root.unmount()) };
  }

  it('waits for a pause in typing, and an older answer never replaces a newer one', async () => {
    const { api, calls } = deferredSearchApi();
    const { seen, render, unmount } = mount(api);
    await render('p');
    await render('pi');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(calls.map((call) => call.query.query)).toEqual(['pi']);

    await render('pip');
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(calls.map((call) => call.query.query)).toEqual(['pi', 'pip']);
    await act(async () => calls[1]!.answer(answerWith('Newer')));
    expect(seen.state?.hits?.map((hit) => hit.summary.headline)).toEqual(['Newer']);
    await act(async () => calls[0]!.answer(answerWith('Older')));
    expect(seen.state?.hits?.map((hit) => hit.summary.headline)).toEqual(['Newer']);
    expect(seen.state?.pending).toBe(false);

    await render('');
    expect(seen.state?.hits).toBeNull();
    await unmount();
  });

  it('searches with filters alone, and turns day ranges into times', async () => {
    const { api, calls } = deferredSearchApi();
    const { render, unmount } = mount(api);
    await render('', { status: 'ready', tag: 'energy', from: '2025-03-01', to: '2025-03-31' });
    await act(() => vi.advanceTimersByTimeAsync(SEARCH_DEBOUNCE_MS));
    expect(calls).toHaveLength(1);
    const query = calls[0]!.query;
    expect(query).toMatchObject({ query: '', status: 'ready', tag: 'energy', trash: false });
    expect(new Date(query.updatedAfter!).getTime()).toBe(new Date(2025, 2, 1).getTime());
    expect(new Date(query.updatedBefore!).getTime()).toBe(new Date(2025, 2, 31, 23, 59, 59, 999).getTime());
    await unmount();
  });
});

describe('searchQueryOf', () => {
  it('leaves out filters that are not set or not a date', () => {
    expect(searchQueryOf('  grid  ', { ...NO_FILTERS, from: 'not a day' }, true, 50)).toEqual({ query: 'grid', trash: true, limit: 50 });
  });
});
