import { useState } from 'react';
import type { Publication } from '../../shared/publish/publish-outcome';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { targetNameOf } from './publish-labels';

export interface UnpublishDialogProps {
  publication: Publication;
  /** The brief was taken off the site (the published-where line reads it again). */
  onDone: () => void;
  onCancel: () => void;
}

/**
 * "Unpublish from …?": asks before taking the brief's page off a
 * static-site folder (the page, its entry in the index, the feed and the
 * sitemap). The brief itself and its history stay as they are; on a problem
 * the dialog stays open and says what went wrong.
 */
export function UnpublishDialog({ publication, onDone, onCancel }: UnpublishDialogProps) {
  const { api } = useWorkbench();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function unpublish(): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await api.unpublish({ id: publication.briefId, targetId: publication.targetId });
      onDone();
    } catch (error) {
      setProblem(`Couldn’t unpublish — ${errorMessage(error)}`);
      setBusy(false);
    }
  }

  return (
    <ModalDialog title={`Unpublish from “${targetNameOf(publication)}”?`} role="alertdialog" onClose={onCancel} className="modal-confirm">
      <p className="modal-text">
        The page is removed from the folder, and from its index, feed and sitemap. The brief stays in your library; you can publish it again
        later.
      </p>
      <InlineAlert message={problem} />
      <div className="modal-actions" aria-busy={busy}>
        <button type="button" className="button" onClick={onCancel} disabled={busy} data-autofocus>
          Cancel
        </button>
        <button type="button" className="button button-danger" onClick={() => void unpublish()} disabled={busy}>
          {busy ? 'Unpublishing…' : 'Unpublish'}
        </button>
      </div>
    </ModalDialog>
  );
}
