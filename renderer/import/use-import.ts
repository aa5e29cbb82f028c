import { useCallback, useRef, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import { readImportFile } from './read-import-file';
import { type ImportAgain, importOne, type ImportOutcome, type ImportProgress, runImport } from './run-import';

/** Where the import flow is: nothing, files going in, or the results on screen (`again`: the file being imported again, by index). */
export type ImportState =
  | { phase: 'idle' }
  | { phase: 'running'; progress: ImportProgress; cancelling: boolean }
  | { phase: 'done'; outcomes: ImportOutcome[]; again: number | null };

export interface Importer {
  state: ImportState;
  /** Imports these files one after another; ignored while an import runs. */
  start: (files: readonly File[]) => void;
  /** Stops before the next file (the one in progress finishes). */
  cancel: () => void;
  /** Closes the results. */
  dismiss: () => void;
  /**
   * Imports the file of result `index` again as asked: an empty document
   * added anyway, or a web page whole (its article brief then goes to the
   * Trash, where it can be restored).
   */
  importAgain: (index: number, ask: ImportAgain) => void;
}

/**
 * Imports picked or dropped files through `api.importFile`, keeping the
 * progress and then the outcome of each file; `onFinished` runs once all
 * are done (or the rest was cancelled), as the results are shown, and again
 * after a file is imported again from the results.
 */
export function useImport(api: BriefdeskApi, onFinished: (outcomes: readonly ImportOutcome[]) => void): Importer {
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const stateRef = useRef(state);
  stateRef.current = state;
  const running = useRef<AbortController | null>(null);
  const files = useRef<readonly File[]>([]);
  const onFinishedRef = useRef(onFinished);
  onFinishedRef.current = onFinished;

  const start = useCallback(
    (picked: readonly File[]) => {
      if (running.current || picked.length === 0) return;
      const controller = new AbortController();
      running.current = controller;
      files.current = picked;
      const first = picked[0]?.name ?? '';
      setState({ phase: 'running', progress: { number: 1, total: picked.length, fileName: first }, cancelling: false });
      void runImport(picked, {
        read: readImportFile,
        importFile: (input) => api.importFile(input),
        signal: controller.signal,
        onProgress: (progress) => setState({ phase: 'running', progress, cancelling: controller.signal.aborted }),
      }).then((outcomes) => {
        running.current = null;
        setState({ phase: 'done', outcomes, again: null });
        onFinishedRef.current(outcomes);
      });
    },
    [api],
  );

  const importAgain = useCallback(
    (index: number, ask: ImportAgain) => {
      const file = files.current[index];
      if (!file || running.current || state.phase !== 'done' || state.again !== null) return;
      const previous = state.outcomes[index];
      setState({ ...state, again: index });
      void (async () => {
        const outcome = await importOne(
          file,
          { read: readImportFile, importFile: (input) => api.importFile(input) },
          ask === 'whole-page' ? { wholePage: true } : { keepEmpty: true },
        );
        // The whole page replaces the article: the article's brief goes to the Trash (restorable).
        if (outcome.kind === 'imported' && previous?.kind === 'imported')
          await api.trashBrief({ id: previous.report.id }).catch(() => undefined);
        const current = stateRef.current;
        // The results were closed meanwhile: the library still hears of the new brief.
        const outcomes = (current.phase === 'done' ? current.outcomes : state.outcomes).map((old, at) => (at === index ? outcome : old));
        if (current.phase === 'done') setState({ phase: 'done', outcomes, again: null });
        onFinishedRef.current(outcomes);
      })();
    },
    [api, state],
  );

  const cancel = useCallback(() => {
    const controller = running.current;
    if (!controller || controller.signal.aborted) return;
    controller.abort();
    setState((previous) => (previous.phase === 'running' ? { ...previous, cancelling: true } : previous));
  }, []);

  const dismiss = useCallback(() => setState((previous) => (previous.phase === 'done' ? { phase: 'idle' } : previous)), []);

  return { state, start, cancel, dismiss, importAgain };
}
