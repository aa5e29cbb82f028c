import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExportFormat, ImageMode } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import type { Workbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { type BriefExportResult, type BulkProgress, runBulkExport } from './bulk-export-run';
import { bulkZipName } from './bulk-zip-name';
import { downloadFile } from './download-file';
import { zipFiles } from './zip-files';

/** Where Export briefs is: choosing (after a failed start, with why), running, cancelled or finished. */
export type BulkPhase =
  | { kind: 'choosing'; problem: string | null }
  | { kind: 'running'; progress: BulkProgress; cancelling: boolean }
  | { kind: 'cancelled' }
  | {
      kind: 'finished';
      results: BriefExportResult[];
      /** The zip downloaded, or null when nothing was exported (or it could not be made). */
      zipName: string | null;
      /** Why the zip could not be made, when it could not. */
      problem: string | null;
    };

/** What the dialog asks to export. */
export interface BulkRequest {
  briefs: readonly Pick<BriefSummary, 'id' | 'headline'>[];
  format: ExportFormat;
  images: ImageMode;
  /** The "Exported from Briefdesk" line under the pages (Settings → Export). */
  colophon: boolean;
}

export interface BulkExport {
  phase: BulkPhase;
  start: (request: BulkRequest) => void;
  /** Stops after the brief being exported; nothing is downloaded. */
  cancel: () => void;
}

/**
 * Runs a bulk export for the dialog: flushes the open brief's autosave,
 * exports brief by brief (runBulkExport) with progress, then downloads one
 * `briefdesk-export-YYYY-MM-DD.zip`. Cancel, or closing the dialog, stops it
 * after the current brief and downloads nothing.
 */
export function useBulkExport(workbench: Pick<Workbench, 'api' | 'flushOpen'>): BulkExport {
  const [phase, setPhase] = useState<BulkPhase>({ kind: 'choosing', problem: null });
  const running = useRef<AbortController | null>(null);
  const { api, flushOpen } = workbench;

  useEffect(() => () => running.current?.abort(), []);

  const start = useCallback(
    (request: BulkRequest) => {
      if (running.current !== null) return;
      const abort = new AbortController();
      running.current = abort;
      const first = { done: 0, total: request.briefs.length, headline: request.briefs[0]?.headline ?? '' };
      setPhase({ kind: 'running', progress: first, cancelling: false });
      const show = (next: BulkPhase): void => {
        if (running.current === abort) setPhase(next);
      };
      void (async () => {
        try {
          if (!(await flushOpen())) throw new Error('the open brief’s latest changes could not be saved first');
          const outcome = await runBulkExport({
            api,
            ...request,
            signal: abort.signal,
            onProgress: (progress) => show({ kind: 'running', progress, cancelling: abort.signal.aborted }),
          });
          if (outcome.kind === 'cancelled') return show({ kind: 'cancelled' });
          if (outcome.files.length === 0) return show({ kind: 'finished', results: outcome.results, zipName: null, problem: null });
          try {
            const zipName = bulkZipName(new Date());
            downloadFile({ fileName: zipName, mimeType: 'application/zip', bytes: zipFiles(outcome.files) });
            show({ kind: 'finished', results: outcome.results, zipName, problem: null });
          } catch (failure) {
            show({
              kind: 'finished',
              results: outcome.results,
              zipName: null,
              problem: `Couldn’t make the zip — ${errorMessage(failure)}`,
            });
          }
        } catch (failure) {
          show({ kind: 'choosing', problem: `Couldn’t export the briefs — ${errorMessage(failure)}` });
        } finally {
          if (running.current === abort) running.current = null;
        }
      })();
    },
    [api, flushOpen],
  );

  const cancel = useCallback(() => {
    const abort = running.current;
    if (abort === null || abort.signal.aborted) return;
    abort.abort();
    setPhase((current) => (current.kind === 'running' ? { ...current, cancelling: true } : current));
  }, []);

  return { phase, start, cancel };
}
