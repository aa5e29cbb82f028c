import { useState } from 'react';
import type { BriefSummary } from '../../shared/model/brief';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { type BulkChoices, BulkExportForm } from './BulkExportForm';
import { BulkExportProgress } from './BulkExportProgress';
import { BulkExportSummary } from './BulkExportSummary';
import { useBulkExport } from './use-bulk-export';
import { useColophonSetting } from './use-colophon-setting';

export interface BulkExportDialogProps {
  /** The live briefs of the library, in its order. */
  briefs: readonly BriefSummary[];
  /** The briefs the library list shows while it is filtered or searched, in its order; null when it shows them all. */
  shown: readonly BriefSummary[] | null;
  onClose: () => void;
}

/**
 * "Export briefs": several briefs in one format, exported one by one with a
 * progress bar and Cancel, then saved as one zip (with an index page for
 * HTML) and summed up, failures and warnings by brief. The pages follow
 * Settings → Export for the "Exported from Briefdesk" line. Escape while it runs
 * cancels rather than closes.
 */
export function BulkExportDialog({ briefs, shown, onClose }: BulkExportDialogProps) {
  const bulk = useBulkExport(useWorkbench());
  const [colophon] = useColophonSetting();
  const [choices, setChoices] = useState<BulkChoices>(() => ({
    scope: shown === null ? 'all' : 'filtered',
    chosen: new Set(),
    format: 'html',
    imagesInFolder: false,
  }));
  const { phase } = bulk;
  return (
    <ModalDialog title="Export briefs" onClose={phase.kind === 'running' ? bulk.cancel : onClose} className="modal-top bulk-export-dialog">
      {phase.kind === 'choosing' && (
        <BulkExportForm
          briefs={briefs}
          shown={shown}
          choices={choices}
          onChoicesChange={setChoices}
          problem={phase.problem}
          onStart={(request) => bulk.start({ ...request, colophon })}
          onCancel={onClose}
        />
      )}
      {phase.kind === 'running' && <BulkExportProgress progress={phase.progress} cancelling={phase.cancelling} onCancel={bulk.cancel} />}
      {phase.kind === 'cancelled' && (
        <div className="bulk-summary">
          <p className="bulk-summary-outcome" role="status">
            Export cancelled. Nothing was downloaded.
          </p>
          <div className="modal-actions">
            <button type="button" className="button button-primary" onClick={onClose} autoFocus>
              Close
            </button>
          </div>
        </div>
      )}
      {phase.kind === 'finished' && (
        <BulkExportSummary results={phase.results} zipName={phase.zipName} problem={phase.problem} onClose={onClose} />
      )}
    </ModalDialog>
  );
}
