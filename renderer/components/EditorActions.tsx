import type { Brief } from '../../shared/model/brief';
import { exactTime } from '../model/relative-time';

export interface EditorActionsProps {
  brief: Brief;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** The bar above the open brief: when it was created, and what can be done to it as a whole. */
export function EditorActions({ brief, onDuplicate, onDelete }: EditorActionsProps) {
  return (
    <div className="editor-actions">
      <p className="editor-created">
        Created <time dateTime={brief.createdAt}>{exactTime(brief.createdAt)}</time>
      </p>
      <div className="editor-action-buttons">
        <button type="button" className="button button-small button-quiet" onClick={onDuplicate}>
          Duplicate brief
        </button>
        <button
          type="button"
          className="button button-small button-quiet button-danger-quiet"
          onClick={onDelete}
          title="Move this brief to the Trash (you can restore it from there)"
        >
          Delete brief
        </button>
      </div>
    </div>
  );
}
