import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BriefdeskApi, IndexProgress } from '../../shared/api/contract';
import type { BriefSummary, DamagedBrief } from '../../shared/model/brief';
import { errorMessage } from '../format/error-message';

export type LibraryView = 'briefs' | 'trash';

/** How often the index's progress is asked for while it is rebuilt or checked, ms. */
export const INDEX_POLL_MS = 500;
/** A burst of saves reads the list again once, this long after the last, ms. */
const REFRESH_DELAY_MS = 250;

/** What the library list shows now, told by the list itself: the rows around a brief (to open the next one). */
export type NeighbourLookup = (id: string) => BriefSummary | null;

export interface LibraryState {
  status: 'loading' | 'ready' | 'error';
  /** The most recently updated brief of the view (opened at start), or null. */
  first: BriefSummary | null;
  /** How many briefs the view holds, unfiltered. */
  count: number;
  damaged: DamagedBrief[];
  index: IndexProgress;
  error: string | null;
}

export interface Library extends LibraryState {
  view: LibraryView;
  setView: (view: LibraryView) => void;
  /** Goes up whenever the rows may have changed (a save, a create, a restore, the index filling in): windows of the list read again. */
  version: number;
  reload: () => void;
  /** A live brief's row changed (a save, create, restore…). */
  upsert: (summary: BriefSummary) => void;
  remove: (id: string) => void;
  /** The brief shown after `id` in the list (or before it, at the end), or null. */
  neighbourOf: (id: string) => BriefSummary | null;
  /** The list tells how to find neighbours in what it shows. */
  setNeighbourLookup: (lookup: NeighbourLookup | null) => void;
}

const READY: IndexProgress = { state: 'ready', done: 0, total: 0 };
const initial: LibraryState = { status: 'loading', first: null, count: 0, damaged: [], index: READY, error: null };

/**
 * The library as a whole: which view (briefs or Trash), its first row, how
 * many briefs it holds, damaged files and the index's progress — asked of
 * the index in one small request, never the whole list. While the index is
 * rebuilt (or checked) its progress is polled and the list read again as rows
 * come in.
 */
export function useLibrary(api: BriefdeskApi): Library {
  const [view, setView] = useState<LibraryView>('briefs');
  const [state, setState] = useState<LibraryState>(initial);
  const [version, setVersion] = useState(0);
  const neighbours = useRef<NeighbourLookup | null>(null);
  const refreshTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    let current = true;
    api.listBriefs({ trash: view === 'trash', limit: 1 }).then(
      (listing) => {
        if (!current) return;
        setState({
          status: 'ready',
          first: listing.briefs[0] ?? null,
          count: listing.total,
          damaged: listing.damaged,
          index: listing.index,
          error: null,
        });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ ...previous, status: 'error', error: errorMessage(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [api, view, version]);

  // While the index works, follow its progress; each step brings rows in, so the list reads its window again.
  const working = state.status === 'ready' && state.index.state !== 'ready';
  useEffect(() => {
    if (!working) return;
    let current = true;
    const timer = setInterval(() => {
      api.libraryIndexStatus({}).then(
        (index) => {
          if (!current) return;
          setState((previous) => ({ ...previous, index }));
          setVersion((n) => n + 1);
        },
        () => undefined,
      );
    }, INDEX_POLL_MS);
    return () => {
      current = false;
      clearInterval(timer);
    };
  }, [api, working]);

  useEffect(
    () => () => {
      if (refreshTimer.current) clearTimeout(refreshTimer.current);
    },
    [],
  );

  const reload = useCallback(() => setVersion((n) => n + 1), []);
  const refreshSoon = useCallback(() => {
    if (refreshTimer.current) clearTimeout(refreshTimer.current);
    refreshTimer.current = setTimeout(() => setVersion((n) => n + 1), REFRESH_DELAY_MS);
  }, []);
  const neighbourOf = useCallback((id: string) => neighbours.current?.(id) ?? null, []);
  const setNeighbourLookup = useCallback((lookup: NeighbourLookup | null) => {
    neighbours.current = lookup;
  }, []);

  return useMemo(
    () => ({ ...state, view, setView, version, reload, upsert: refreshSoon, remove: reload, neighbourOf, setNeighbourLookup }),
    [state, view, version, reload, refreshSoon, neighbourOf, setNeighbourLookup],
  );
}
