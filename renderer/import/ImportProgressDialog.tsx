import { ModalDialog } from '../ui/ModalDialog';
import type { ImportProgress } from './run-import';

export interface ImportProgressDialogProps {
  progress: ImportProgress;
  cancelling: boolean;
  onCancel: () => void;
}

/** "Importing files": which file of how many, a progress bar, and Cancel (stops before the next file; Escape too). */
export function ImportProgressDialog({ progress, cancelling, onCancel }: ImportProgressDialogProps) {
  const { number, total, fileName } = progress;
  return (
    <ModalDialog title="Importing files" onClose={onCancel} className="modal-top import-progress">
      <p className="import-progress-text" role="status">
        {cancelling ? `Stopping after file ${number} of ${total}…` : `Importing ${number} of ${total}…`}
      </p>
      <p className="import-progress-file" title={fileName}>
        {fileName}
      </p>
      <progress className="import-progress-bar" aria-label="Import progress" max={total} value={number - 1} />
      <div className="modal-actions">
        <button type="button" className="button" data-autofocus aria-disabled={cancelling} onClick={onCancel}>
          {cancelling ? 'Stopping…' : 'Cancel'}
        </button>
      </div>
    </ModalDialog>
  );
}
