import { useCallback, useRef, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import { readImportFile } from './read-import-file';
import { type ImportOutcome, type ImportProgress, runImport } from './run-import';

/** Where the import flow is: nothing, files going in, or the results on screen. */
export type ImportState =
  { phase: 'idle' } | { phase: 'running'; progress: ImportProgress; cancelling: boolean } | { phase: 'done'; outcomes: ImportOutcome[] };

export interface Importer {
  state: ImportState;
  /** Imports these files one after another; ignored while an import runs. */
  start: (files: readonly File[]) => void;
  /** Stops before the next file (the one in progress finishes). */
  cancel: () => void;
  /** Closes the results. */
  dismiss: () => void;
}

/**
 * Imports picked or dropped files through `api.importFile`, keeping the
 * progress and then the outcome of each file; `onFinished` runs once all
 * are done (or the rest was cancelled), as the results are shown.
 */
export function useImport(api: BriefdeskApi, onFinished: (outcomes: readonly ImportOutcome[]) => void): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef<AbortController | null>(null);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;

  const start = useCallback(
    (files: readonly File[]) => {
      if (running.current || files.length === 0) return;
      const controller = new AbortController();
      running.current = controller;
      const first = files[0]?.name ?? '';
      setState({ phase: 'running', progress: { number: 1, total: files.length, fileName: first }, cancelling: false });
      void runImport(files, {
        read: readImportFile,
        importFile: (input) => api.importFile(input),
        signal: controller.signal,
        onProgress: (progress) => setState({ phase: 'running', progress, cancelling: controller.signal.aborted }),
      }).then((outcomes) => {
        running.current = null;
        setState({ phase: 'done', outcomes });
        onFinishedRef.current(outcomes);
      });
    },
    [api],
  );

  const cancel = useCallback(() => {
    const controller = running.current;
    if (!controller || controller.signal.aborted) return;
    controller.abort();
    setState((previous) => (previous.phase === 'running' ? { ...previous, cancelling: true } : previous));
  }, []);

  const dismiss = useCallback(() => setState((previous) => (previous.phase === 'done' ? { phase: 'idle' } : previous)), []);

  return { state, start, cancel, dismiss };
}
