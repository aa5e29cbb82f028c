import { commandShortcutLabel } from '../commands/shortcut-label';

/** The first thing a new analyst sees: an invitation to write. */
export function EmptyLibrary({ onNewBrief }: { onNewBrief: () => void }) {
  return (
    <main className="editor-pane pane-message" aria-label="Brief editor" data-region="editor" tabIndex={-1}>
      <div className="empty-state">
        <div className="empty-illustration" aria-hidden="true">
          <span />
          <span />
          <span />
        </div>
        <h2>Your desk is clear</h2>
        <p>Briefs you write are kept on this computer and saved as you type — no network needed.</p>
        <button type="button" className="button button-primary button-large" onClick={onNewBrief}>
          Write your first brief
        </button>
        <p className="empty-hint">
          or press <kbd>{commandShortcutLabel('new-brief')}</kbd>
        </p>
      </div>
    </main>
  );
}
