import { useEffect, useRef, useState } from 'react';
import type { BriefdeskApi, SearchHit } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { errorMessage } from '../format/error-message';
import { isSearching, type SearchFilters, searchQueryOf } from './search-filters';

/** How long typing has to pause before the library is searched. */
export const SEARCH_DEBOUNCE_MS = 100;

/** Most results the library shows for one search (the best ones; the list says when there are more). */
export const SEARCH_LIMIT = 100;

export interface LibrarySearchState {
  /** Results of the newest search answered, or null when nothing is searched for (the plain list shows). */
  hits: SearchHit[] | null;
  /** How many briefs matched (results hold at most SEARCH_LIMIT). */
  total: number;
  /** A search is waiting or running. */
  pending: boolean;
  error: string | null;
}

/**
 * Search the library (searchBriefs, on the Node side) as the analyst types:
 * debounced, and an answer to an older search never replaces a newer one.
 * It searches again when `briefs` (the library list) changes, so an edited
 * brief is found by its new words.
 */
export function useLibrarySearch(
  api: BriefdeskApi,
  text: string,
  filters: SearchFilters,
  trash: boolean,
  briefs: readonly BriefSummary[],
): LibrarySearchState {
  const [state, setState] = useState<LibrarySearchState>({ hits: null, total: 0, pending: false, error: null });
  const latest = useRef(0);
  const active = isSearching(text, filters);

  useEffect(() => {
    const ticket = ++latest.current;
    if (!active) {
      setState({ hits: null, total: 0, pending: false, error: null });
      return;
    }
    setState((previous) => ({ ...previous, pending: true }));
    const timer = setTimeout(() => {
      api.searchBriefs(searchQueryOf(text, filters, trash, SEARCH_LIMIT)).then(
        (answer) => {
          if (ticket === latest.current) setState({ hits: answer.results, total: answer.total, pending: false, error: null });
        },
        (error: unknown) => {
          if (ticket === latest.current) setState((previous) => ({ ...previous, pending: false, error: errorMessage(error) }));
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, active, text, filters, trash, briefs]);

  return active ? state : { hits: null, total: 0, pending: false, error: null };
}
