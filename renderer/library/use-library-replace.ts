import { useCallback, useEffect, useRef, useState } from 'react';
import type { BriefdeskApi, LibraryFindOptions, ReplaceJobStatus, ReplacePick } from '../../shared/api/contract';
import { errorMessage } from '../format/error-message';

/** How often a running replace is asked for its progress. */
const POLL_MS = 150;

export type ReplaceRun =
  | { kind: 'idle' }
  | { kind: 'running'; status: ReplaceJobStatus | null; cancelling: boolean }
  | { kind: 'finished'; status: ReplaceJobStatus }
  | { kind: 'failed'; message: string };

/**
 * Runs Replace in all briefs in the main side and follows it: starts the
 * job, polls its progress, cancels it. `onFinished` hears the final status
 * (the changed briefs are reloaded from it).
 */
export function useLibraryReplace(api: BriefdeskApi, onFinished: (status: ReplaceJobStatus) => void) {
  const [run, setRun] = useState<ReplaceRun>({ kind: 'idle' });
  const job = useRef<string | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => () => void (job.current = null), []);

  const follow = useCallback(
    async (jobId: string): Promise<void> => {
      while (job.current === jobId) {
        const status = await api.libraryReplaceStatus({ jobId });
        if (job.current !== jobId) return;
        if (status.state === 'running') {
          setRun((now) => ({ kind: 'running', status, cancelling: now.kind === 'running' && now.cancelling }));
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
          continue;
        }
        job.current = null;
        setRun({ kind: 'finished', status });
        finished.current(status);
      }
    },
    [api],
  );

  const start = useCallback(
    (options: LibraryFindOptions, picks: readonly ReplacePick[]): void => {
      setRun({ kind: 'running', status: null, cancelling: false });
      api
        .startLibraryReplace({ options, picks: [...picks] })
        .then(({ jobId }) => {
          job.current = jobId;
          return follow(jobId);
        })
        .catch((error: unknown) => {
          job.current = null;
          setRun({ kind: 'failed', message: errorMessage(error) });
        });
    },
    [api, follow],
  );

  const cancel = useCallback((): void => {
    const jobId = job.current;
    if (jobId === null) return;
    setRun((now) => (now.kind === 'running' ? { ...now, cancelling: true } : now));
    api.cancelLibraryReplace({ jobId }).catch(() => undefined);
  }, [api]);

  /** Back to idle after a finished or failed run (a new search). */
  const reset = useCallback((): void => {
    if (job.current === null) setRun({ kind: 'idle' });
  }, []);

  return { run, start, cancel, reset };
}
