import { useId } from 'react';
import type { PublishTarget } from '../../shared/publish/target';
import { targetDetail } from '../publish/publish-labels';

export interface TargetListProps {
  targets: readonly PublishTarget[];
  /** The target whose deletion is being confirmed, if any. */
  confirming: string | null;
  deleting: boolean;
  onEdit: (target: PublishTarget) => void;
  onAskDelete: (target: PublishTarget) => void;
  onConfirmDelete: (target: PublishTarget) => void;
  onCancelDelete: () => void;
}

/** The in-place "Delete this target?" question. */
function DeleteConfirm({
  target,
  busy,
  onConfirm,
  onCancel,
}: {
  target: PublishTarget;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const textId = useId();
  return (
    <div className="target-confirm" role="group" aria-label={`Delete “${target.name}”?`} aria-describedby={textId}>
      <p id={textId} className="target-confirm-text">
        <strong>Delete “{target.name}”?</strong> {target.kind === 'wordpress' ? 'Its stored password is deleted too. ' : ''}What was
        published there stays where it is.
      </p>
      <div className="target-confirm-actions">
        <button type="button" className="button button-small" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
        <button type="button" className="button button-small button-danger" onClick={onConfirm} disabled={busy} data-autofocus>
          {busy ? 'Deleting…' : 'Delete'}
        </button>
      </div>
    </div>
  );
}

/** The saved publishing targets: name, kind and address, Edit and Delete (confirmed in place). */
export function TargetList({ targets, confirming, deleting, onEdit, onAskDelete, onConfirmDelete, onCancelDelete }: TargetListProps) {
  if (targets.length === 0) return <p className="settings-note">No publishing targets yet.</p>;
  return (
    <ul className="target-list" aria-label="Publishing targets">
      {targets.map((target) => (
        <li key={target.id} className="target-row" aria-label={target.name}>
          <div className="target-row-main">
            <span className="target-name">{target.name}</span>
            <span className="target-detail">{targetDetail(target)}</span>
            {target.kind === 'wordpress' && !target.hasPassword && <span className="target-warning">No password stored</span>}
          </div>
          <div className="target-row-actions">
            <button
              type="button"
              className="button button-small button-quiet"
              aria-label={`Edit ${target.name}`}
              onClick={() => onEdit(target)}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button-small button-quiet button-danger-quiet"
              aria-label={`Delete ${target.name}`}
              onClick={() => onAskDelete(target)}
            >
              Delete
            </button>
          </div>
          {confirming === target.id && (
            <DeleteConfirm target={target} busy={deleting} onConfirm={() => onConfirmDelete(target)} onCancel={onCancelDelete} />
          )}
        </li>
      ))}
    </ul>
  );
}
