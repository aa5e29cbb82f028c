import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { BriefSummary, DamagedBrief } from '../../shared/model/brief';
import { errorMessage } from '../format/error-message';
import { sortByUpdated, upsertSummary } from './sort-by-updated';

export type LibraryView = 'briefs' | 'trash';

export interface LibraryState {
  status: 'loading' | 'ready' | 'error';
  briefs: BriefSummary[];
  damaged: DamagedBrief[];
  error: string | null;
}

export interface Library extends LibraryState {
  view: LibraryView;
  setView: (view: LibraryView) => void;
  reload: () => void;
  /** Put a live brief's fresh row in place (after a save, create, restore…). */
  upsert: (summary: BriefSummary) => void;
  remove: (id: string) => void;
}

const initial: LibraryState = { status: 'loading', briefs: [], damaged: [], error: null };

/** The library list (live briefs or the Trash), loaded from the API and kept current. */
export function useLibrary(api: BriefdeskApi): Library {
  const [view, setView] = useState<LibraryView>('briefs');
  const [state, setState] = useState<LibraryState>(initial);
  const [attempt, setAttempt] = useState(0);
  const viewRef = useRef(view);
  viewRef.current = view;

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, status: 'loading', error: null }));
    api.listBriefs({ trash: view === 'trash' }).then(
      (listing) => {
        if (current) setState({ status: 'ready', briefs: sortByUpdated(listing.briefs), damaged: listing.damaged, error: null });
      },
      (error: unknown) => {
        if (current) setState({ status: 'error', briefs: [], damaged: [], error: errorMessage(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [api, view, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const upsert = useCallback((summary: BriefSummary) => {
    const inThisView = (viewRef.current === 'trash') === (summary.trashedAt !== null);
    setState((previous) => {
      if (!inThisView) return { ...previous, briefs: previous.briefs.filter((brief) => brief.id !== summary.id) };
      return { ...previous, briefs: upsertSummary(previous.briefs, summary) };
    });
  }, []);

  const remove = useCallback((id: string) => {
    setState((previous) => ({ ...previous, briefs: previous.briefs.filter((brief) => brief.id !== id) }));
  }, []);

  return { ...state, view, setView, reload, upsert, remove };
}
