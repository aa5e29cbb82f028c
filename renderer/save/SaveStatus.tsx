import { useSaveState } from './use-save-state';
import type { SaveController } from './save-controller';
import { saveStatusText } from './save-status-text';

export interface SaveStatusProps {
  controller: SaveController;
  onReload: () => void;
}

/** "Saved" / "Saving…" / "Couldn’t save — …" / "Not saved yet", read out politely; a Reload button after a conflict. */
export function SaveStatus({ controller, onReload }: SaveStatusProps) {
  const state = useSaveState(controller);
  return (
    <div className={`save-status is-${state.status}${state.draft ? ' is-draft' : ''}`}>
      <span className="save-dot" aria-hidden="true" />
      <span role="status" aria-live="polite" className="save-status-text">
        {saveStatusText(state)}
      </span>
      {state.conflict && (
        <button type="button" className="button button-small" onClick={onReload}>
          Reload
        </button>
      )}
    </div>
  );
}
