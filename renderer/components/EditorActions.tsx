import { useState } from 'react';
import type { Brief } from '../../shared/model/brief';
import { useWorkbench } from '../desk/workbench-context';
import { exactTime } from '../model/relative-time';
import { SaveTemplateDialog } from '../templates/SaveTemplateDialog';

export interface EditorActionsProps {
  brief: Brief;
  onDuplicate: () => void;
  onDelete: () => void;
}

/** The bar above the open brief: when it was created, and what can be done to it as a whole. */
export function EditorActions({ brief, onDuplicate, onDelete }: EditorActionsProps) {
  const { openDeskLibrary, notify } = useWorkbench();
  const [savingTemplate, setSavingTemplate] = useState(false);
  return (
    <div className="editor-actions">
      <p className="editor-created">
        Created <time dateTime={brief.createdAt}>{exactTime(brief.createdAt)}</time>
      </p>
      <div className="editor-action-buttons">
        <button type="button" className="button button-small button-quiet" aria-haspopup="dialog" onClick={openDeskLibrary}>
          Desk library
        </button>
        <button
          type="button"
          className="button button-small button-quiet"
          aria-haspopup="dialog"
          title="Start new briefs with this brief’s structure"
          onClick={() => setSavingTemplate(true)}
        >
          Save as template
        </button>
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
      {savingTemplate && (
        <SaveTemplateDialog
          briefId={brief.id}
          onClose={() => setSavingTemplate(false)}
          onSaved={(template, replaced) => {
            setSavingTemplate(false);
            notify({ text: replaced ? `Updated the template “${template.name}”` : `Saved the template “${template.name}”` });
          }}
        />
      )}
    </div>
  );
}
