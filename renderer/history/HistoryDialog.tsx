import { useCallback, useId, useState } from 'react';
import type { RevisionSummary } from '../../shared/revisions/revision';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { useNow } from '../format/use-now';
import { displayHeadline } from '../format/untitled';
import { restoreInEditor } from './restore-in-editor';
import { RevisionDetail } from './RevisionDetail';
import { RevisionList } from './RevisionList';
import { SaveVersionForm } from './SaveVersionForm';
import { useRevisions } from './use-revisions';
import { RetryAlert } from '../ui/RetryAlert';

export interface HistoryDialogProps {
  briefId: string;
  /** The headline as typed, shown under the title. */
  headline: string;
  onClose: () => void;
}

/**
 * "History" of the open brief: Save version (a name, Enter saves), the
 * "Revisions" list, and the selected revision compared with the brief as it
 * is now, with Restore. Restoring closes the dialog, loads the restored
 * brief into the editor and offers "Undo restore" in a toast.
 */
export function HistoryDialog({ briefId, headline, onClose }: HistoryDialogProps) {
  const workbench = useWorkbench();
  const history = useRevisions(workbench, briefId);
  const now = useNow();
  const listLabelId = useId();
  const [notice, setNotice] = useState('');

  const restore = useCallback(
    async (revision: RevisionSummary) => {
      await restoreInEditor(workbench, briefId, revision);
      onClose();
    },
    [workbench, briefId, onClose],
  );

  const { list } = history;
  const revisions = list.kind === 'ready' ? list.revisions : [];
  const selected = revisions.find((revision) => revision.id === history.selectedId) ?? null;

  return (
    <ModalDialog title="History" onClose={onClose} className="history-dialog">
      <p className="history-subtitle">{displayHeadline(headline)}</p>
      <div className="history-columns">
        <div className="history-side">
          <SaveVersionForm onSave={history.saveVersion} onSaved={(name) => setNotice(`Saved the version “${name}”.`)} />
          <p className="history-notice" role="status">
            {notice}
          </p>
          <h3 id={listLabelId} className="history-list-title">
            Revisions
          </h3>
          {list.kind === 'loading' && <p className="history-note">Loading the history…</p>}
          {list.kind === 'error' && <RetryAlert message={<>Couldn’t load the history — {list.message}</>} onRetry={history.reload} />}
          {list.kind === 'ready' && revisions.length === 0 && (
            <p className="history-note">
              No revisions yet. One is kept as you write (at most every five minutes), and whenever you save a version or export the brief.
            </p>
          )}
          {revisions.length > 0 && (
            <RevisionList
              revisions={revisions}
              selectedId={history.selectedId}
              onSelect={history.select}
              labelledBy={listLabelId}
              now={now}
            />
          )}
          <p className="history-note history-retention">
            Kept: everything from the last 7 days, then one a day to 90 days, then one a week. Named versions are always kept.
          </p>
        </div>
        <div className="history-main">
          {history.unsaved && (
            <p className="inline-error-text" role="alert">
              Your latest changes are not saved yet, so they are not part of this comparison.
            </p>
          )}
          {selected ? (
            <RevisionDetail revision={selected} diff={history.diff} onRetry={history.retryDiff} onRestore={restore} />
          ) : (
            list.kind === 'ready' && <p className="history-empty">Choose a revision to see how the brief changed since.</p>
          )}
        </div>
      </div>
      <div className="modal-actions history-actions">
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
