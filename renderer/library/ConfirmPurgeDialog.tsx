import { displayHeadline } from '../format/untitled';
import { ModalDialog } from '../ui/ModalDialog';

export interface ConfirmPurgeDialogProps {
  headline: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** "Delete forever?" — the one step in Briefdesk that cannot be undone. */
export function ConfirmPurgeDialog({ headline, onConfirm, onCancel }: ConfirmPurgeDialogProps) {
  return (
    <ModalDialog title="Delete this brief forever?" role="alertdialog" onClose={onCancel} className="modal-confirm">
      <p className="modal-text">“{displayHeadline(headline)}” and its history will be removed from this computer. This cannot be undone.</p>
      <div className="modal-actions">
        <button type="button" className="button" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          Delete forever
        </button>
      </div>
    </ModalDialog>
  );
}
