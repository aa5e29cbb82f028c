import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BriefdeskApi, ListSort, SearchHit } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { errorMessage } from '../format/error-message';
import { isSearching, listQueryOf, type SearchFilters, searchQueryOf } from '../search/search-filters';

/** Rows asked for at once. */
export const PAGE_SIZE = 50;
/** How long typing has to pause before the library is searched, ms. */
export const SEARCH_DEBOUNCE_MS = 60;

/** A row of the list: a brief, and what a search matched in it. */
export interface ListRow {
  brief: BriefSummary;
  hit?: SearchHit;
}

/** What the list shows: the view, what was typed, the filters and the order. */
export interface WindowQuery {
  trash: boolean;
  text: string;
  filters: SearchFilters;
  sort: ListSort;
  /** Goes up when rows may have changed: the pages in view are read again. */
  version: number;
}

/** What a search said besides its rows. */
export interface SearchMeta {
  totalExact: boolean;
  correctedQuery: string | null;
  notice: string | null;
  rankedAmong: number | null;
}

export interface BriefWindow {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** Rows in all (the list's length). */
  total: number;
  /** Whether what was typed or chosen narrows the list (a search or filters). */
  searching: boolean;
  search: SearchMeta;
  /** A request is under way. */
  pending: boolean;
  /** The row at an index, or undefined while its page is not loaded. */
  rowAt: (index: number) => ListRow | undefined;
  /** The rows from `start` to `end` (inclusive) are in view: load their pages. */
  showRange: (start: number, end: number) => void;
}

const NO_META: SearchMeta = { totalExact: true, correctedQuery: null, notice: null, rankedAmong: null };

interface Page {
  rows: ListRow[];
}

interface Loaded {
  key: string;
  trash: boolean;
  total: number;
  meta: SearchMeta;
  pages: Map<number, Page>;
}

/**
 * The library list as a window onto the index: only the pages of rows in
 * view are asked for (listBriefs, or searchBriefs when words are typed), each
 * PAGE_SIZE rows; the total says how long the list is. A new query starts
 * over (a search after a short pause in typing); a new `version` reads the
 * pages in view again, keeping the old rows until the new ones arrive. An
 * answer to an older query never replaces a newer one.
 */
export function useBriefWindow(api: BriefdeskApi, query: WindowQuery): BriefWindow {
  const searching = isSearching(query.text, query.filters);
  const words = query.text.trim() !== '';
  const key = JSON.stringify([query.trash, query.text.trim(), query.filters, query.sort]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [inFlight, setInFlight] = useState(0);
  const visible = useRef<[number, number]>([0, PAGE_SIZE - 1]);
  const requested = useRef(new Map<number, number>());
  const generation = useRef(0);

  const fetchPage = useCallback(
    async (page: number, currentKey: string, ticket: number): Promise<void> => {
      requested.current.set(page, ticket);
      setInFlight((n) => n + 1);
      try {
        const offset = page * PAGE_SIZE;
        let rows: ListRow[];
        let total: number;
        let meta = NO_META;
        if (words) {
          const answer = await api.searchBriefs({ ...searchQueryOf(query.text, query.filters, query.trash), offset, limit: PAGE_SIZE });
          rows = answer.results.map((hit) => ({ brief: hit.summary, hit }));
          total = answer.total;
          meta = {
            totalExact: answer.totalExact,
            correctedQuery: answer.correctedQuery,
            notice: answer.notice,
            rankedAmong: answer.rankedAmong,
          };
        } else {
          const listing = await api.listBriefs({ ...listQueryOf(query.filters, query.trash, query.sort), offset, limit: PAGE_SIZE });
          rows = listing.briefs.map((brief) => ({ brief }));
          total = listing.total;
        }
        if (generation.current !== ticket) return;
        setError(null);
        setLoaded((previous) => {
          const pages = previous?.key === currentKey ? new Map(previous.pages) : new Map<number, Page>();
          pages.set(page, { rows });
          return { key: currentKey, trash: query.trash, total, meta, pages };
        });
      } catch (failure) {
        if (generation.current === ticket) setError(errorMessage(failure));
      } finally {
        if (requested.current.get(page) === ticket) requested.current.delete(page);
        setInFlight((n) => n - 1);
      }
    },
    // The query's parts are in `key`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, key],
  );

  /** Read the pages in view (the first one at least) for the current query. */
  const readVisible = useCallback(
    (ticket: number) => {
      const [start, end] = visible.current;
      const first = Math.floor(start / PAGE_SIZE);
      const last = Math.max(first, Math.floor(end / PAGE_SIZE));
      for (let page = first; page <= last; page += 1) void fetchPage(page, key, ticket);
    },
    [fetchPage, key],
  );

  // A new query: start over from the top (a search waits for a pause in typing). A new version: read the pages in view again.
  const lastKey = useRef<string | null>(null);
  useEffect(() => {
    const ticket = ++generation.current;
    requested.current.clear();
    const isNewQuery = lastKey.current !== key;
    lastKey.current = key;
    if (isNewQuery) visible.current = [0, PAGE_SIZE - 1];
    const delay = isNewQuery && words ? SEARCH_DEBOUNCE_MS : 0;
    const timer = setTimeout(() => readVisible(ticket), delay);
    return () => clearTimeout(timer);
  }, [key, query.version, readVisible, words]);

  const current = loaded?.key === key ? loaded : null;
  // While a new search or filter loads, the previous rows of the same view stay (no flash of an empty list).
  const shown = current ?? (loaded?.trash === query.trash ? loaded : null);

  const rowAt = useCallback(
    (index: number): ListRow | undefined => shown?.pages.get(Math.floor(index / PAGE_SIZE))?.rows[index % PAGE_SIZE],
    [shown],
  );

  const showRange = useCallback(
    (start: number, end: number) => {
      visible.current = [start, end];
      const first = Math.floor(start / PAGE_SIZE);
      const last = Math.floor(end / PAGE_SIZE);
      for (let page = first; page <= last; page += 1) {
        if (current?.pages.has(page) || requested.current.has(page)) continue;
        void fetchPage(page, key, generation.current);
      }
    },
    [current, fetchPage, key],
  );

  return useMemo(
    () => ({
      status: error !== null && shown === null ? 'error' : shown === null ? 'loading' : 'ready',
      error,
      total: shown?.total ?? 0,
      searching,
      search: shown?.meta ?? NO_META,
      pending: inFlight > 0 || current === null,
      rowAt,
      showRange,
    }),
    [error, shown, current, searching, inFlight, rowAt, showRange],
  );
}
