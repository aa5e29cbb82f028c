import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefDiff } from '../../shared/revisions/brief-diff-model';
import type { RevisionSummary } from '../../shared/revisions/revision';
import type { Workbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';

export type ListState = { kind: 'loading' } | { kind: 'ready'; revisions: RevisionSummary[] } | { kind: 'error'; message: string };

export type DiffState =
  | { kind: 'none' }
  | { kind: 'loading'; revisionId: string }
  | { kind: 'ready'; revisionId: string; diff: BriefDiff }
  | { kind: 'error'; revisionId: string; message: string };

export interface RevisionsApi {
  list: ListState;
  selectedId: string | null;
  diff: DiffState;
  /** Problem saving the pending edits before History opened (the diff is then against the brief on disk). */
  unsaved: boolean;
  select: (revisionId: string) => void;
  /** Load the list again (after Retry, or a new version). */
  reload: () => void;
  /** Load the selected revision's diff again. */
  retryDiff: () => void;
  /** Save the brief as it is now as a named version, then list and select it. Throws with a message fit to show. */
  saveVersion: (name: string) => Promise<RevisionSummary>;
}

/**
 * A brief's revisions for the History dialog: the pending edits are saved
 * first (so "the brief now" is what the editor shows), then the list is
 * loaded and its newest revision selected; selecting one loads its diff
 * against the brief as it is now. Late answers for an earlier selection are
 * dropped.
 */
export function useRevisions(workbench: Pick<Workbench, 'api' | 'flushOpen'>, briefId: string): RevisionsApi {
  const { api, flushOpen } = workbench;
  const [list, setList] = useState<ListState>({ kind: 'loading' });
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [diff, setDiff] = useState<DiffState>({ kind: 'none' });
  const [unsaved, setUnsaved] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [diffAttempt, setDiffAttempt] = useState(0);
  const selectedRef = useRef(selectedId);
  selectedRef.current = selectedId;

  useEffect(() => {
    let current = true;
    setList({ kind: 'loading' });
    (async () => {
      const saved = await flushOpen();
      const { revisions } = await api.listRevisions({ id: briefId });
      if (!current) return;
      setUnsaved(!saved);
      setList({ kind: 'ready', revisions });
      const keep = revisions.some((revision) => revision.id === selectedRef.current);
      if (!keep) setSelectedId(revisions[0]?.id ?? null);
    })().catch((failure: unknown) => current && setList({ kind: 'error', message: errorMessage(failure) }));
    return () => {
      current = false;
    };
    // Loaded once per opening and per reload, not whenever the workbench object changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- api and flushOpen are read at that moment on purpose
  }, [briefId, attempt]);

  useEffect(() => {
    if (selectedId === null) {
      setDiff({ kind: 'none' });
      return undefined;
    }
    let current = true;
    setDiff({ kind: 'loading', revisionId: selectedId });
    api.diffRevision({ id: briefId, revisionId: selectedId }).then(
      (result) => current && setDiff({ kind: 'ready', revisionId: selectedId, diff: result }),
      (failure: unknown) => current && setDiff({ kind: 'error', revisionId: selectedId, message: errorMessage(failure) }),
    );
    return () => {
      current = false;
    };
  }, [api, briefId, selectedId, diffAttempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const retryDiff = useCallback(() => setDiffAttempt((n) => n + 1), []);

  const saveVersion = useCallback(
    async (name: string): Promise<RevisionSummary> => {
      if (!(await flushOpen())) throw new Error('the brief’s latest changes could not be saved first');
      const saved = await api.saveVersion({ id: briefId, name });
      setSelectedId(saved.id);
      reload();
      return saved;
    },
    [api, briefId, flushOpen, reload],
  );

  return { list, selectedId, diff, unsaved, select: setSelectedId, reload, retryDiff, saveVersion };
}
