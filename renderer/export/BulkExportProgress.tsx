import type { BulkProgress } from './bulk-export-run';

export interface BulkExportProgressProps {
  progress: BulkProgress;
  /** Cancel was pressed: the brief being exported is finished, then it stops. */
  cancelling: boolean;
  onCancel: () => void;
}

/** Export briefs while it runs: a progress bar, which brief is being exported, and Cancel. */
export function BulkExportProgress({ progress, cancelling, onCancel }: BulkExportProgressProps) {
  const { done, total, headline } = progress;
  const text =
    done >= total ? 'Making the zip…' : cancelling ? `Stopping after “${headline}”…` : `Exporting ${done + 1} of ${total}: ${headline}`;
  return (
    <div className="bulk-progress">
      <progress className="bulk-progress-bar" aria-label="Export progress" max={total} value={done} />
      <p className="bulk-progress-text" role="status">
        {text}
      </p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel} disabled={cancelling || done >= total} autoFocus>
          Cancel
        </button>
      </div>
    </div>
  );
}
