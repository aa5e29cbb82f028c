import { useId, useState } from 'react';
import type { PublishTarget } from '../../shared/publish/target';
import { ExportSettings } from '../export/ExportSettings';
import { InlineAlert } from '../ui/InlineAlert';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { blankDraft, draftOf, type TargetDraft } from './target-draft';
import { TargetForm } from './TargetForm';
import { TargetList } from './TargetList';
import { useTargets } from './use-targets';

/**
 * Settings → "Publishing targets": the WordPress sites and static-site
 * folders briefs are published to; add, edit (with Test connection) and
 * delete them. Says how this shell keeps application passwords.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }) {
  const { api, notify } = useWorkbench();
  const targets = useTargets(api);
  const [editing, setEditing] = useState<TargetDraft | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const headingId = useId();

  async function remove(target: PublishTarget): Promise<void> {
    setDeleting(true);
    setProblem(null);
    try {
      await api.deleteTarget({ id: target.id });
      setConfirming(null);
      targets.reload();
      notify({ text: `Deleted the target “${target.name}”` });
    } catch (error) {
      setProblem(`Couldn’t delete “${target.name}” — ${errorMessage(error)}`);
    } finally {
      setDeleting(false);
    }
  }

  return (
    <ModalDialog title="Settings" onClose={onClose} className="modal-top settings-dialog">
      <section className="settings-section" aria-labelledby={editing ? undefined : headingId}>
        {editing ? (
          <TargetForm
            key={editing.id ?? `new-${editing.kind}`}
            initial={editing}
            onCancel={() => setEditing(null)}
            onSaved={(target) => {
              setEditing(null);
              targets.reload();
              notify({ text: `Saved the target “${target.name}”` });
            }}
          />
        ) : (
          <>
            <h3 id={headingId} className="settings-heading">
              Publishing targets
            </h3>
            <p className="settings-note">Where briefs are published: WordPress sites, and folders of a static site.</p>
            {targets.status === 'loading' && <p className="settings-note">Loading…</p>}
            {targets.status === 'error' && <InlineAlert message={`Couldn’t load the targets — ${targets.error ?? ''}`} />}
            {targets.status === 'ready' && (
              <TargetList
                targets={targets.targets}
                confirming={confirming}
                deleting={deleting}
                onEdit={(target) => setEditing(draftOf(target))}
                onAskDelete={(target) => setConfirming(target.id)}
                onConfirmDelete={(target) => void remove(target)}
                onCancelDelete={() => setConfirming(null)}
              />
            )}
            <InlineAlert message={problem} />
            <div className="settings-add">
              <button type="button" className="button button-small" data-autofocus onClick={() => setEditing(blankDraft('wordpress'))}>
                Add WordPress site
              </button>
              <button type="button" className="button button-small" onClick={() => setEditing(blankDraft('folder'))}>
                Add folder
              </button>
            </div>
            {targets.passwordStorage !== '' && <p className="settings-note settings-passwords">{targets.passwordStorage}</p>}
          </>
        )}
      </section>
      {!editing && <ExportSettings />}
      {!editing && (
        <div className="modal-actions">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </ModalDialog>
  );
}
