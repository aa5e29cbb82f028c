import type { Editor } from '@tiptap/react';
import { type FormEvent, useId, useState } from 'react';
import { EDITORS_DESK_DEFAULT_TITLE } from '../../shared/editor/nodes/editors-desk';
import type { PmNodeJson } from '../../shared/model/brief';
import { DESK_TEXT_MAX, type DeskBlock } from '../../shared/model/desk-block';
import { ModalDialog } from '../ui/ModalDialog';
import { errorMessage } from '../format/error-message';
import { DeskContentEditor } from '../nodes/editors-desk/DeskContentEditor';
import { useWorkbench } from '../workbench/workbench-context';
import { InlineAlert } from '../ui/InlineAlert';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';

export interface EditDeskBlockDialogProps {
  block: DeskBlock;
  onSaved: (block: DeskBlock) => void;
  onClose: () => void;
}

type TextFieldName = 'title' | 'deskName' | 'series' | 'publication';

const FIELDS: readonly { name: TextFieldName; label: string; placeholder: string }[] = [
  { name: 'title', label: 'Desk title', placeholder: EDITORS_DESK_DEFAULT_TITLE },
  { name: 'deskName', label: 'Desk name', placeholder: 'e.g. Northwind Policy Desk' },
  { name: 'series', label: 'Series', placeholder: 'e.g. Strategic Insight' },
  { name: 'publication', label: 'Publication', placeholder: 'Publication' },
];

/** The content of the small editor as desk content (never empty). */
function contentOf(editor: Editor): PmNodeJson[] {
  const content: PmNodeJson[] = [];
  editor.state.doc.forEach((child) => {
    content.push(child.toJSON());
  });
  return content.length > 0 ? content : [{ type: 'paragraph' }];
}

/**
 * "Edit original": a desk-library block's title, sign-off and text. Saving
 * changes the block in the library; every brief synced to it shows the edit.
 */
export function EditDeskBlockDialog({ block, onSaved, onClose }: EditDeskBlockDialogProps) {
  const { api } = useWorkbench();
  const [fields, setFields] = useState<Record<TextFieldName, string>>({
    title: block.title,
    deskName: block.deskName,
    series: block.series,
    publication: block.publication,
  });
  const [editor, setEditor] = useState<Editor | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const textLabel = `${id}-text`;

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!editor) return;
    setSaving(true);
    setProblem(null);
    try {
      onSaved(await api.saveDeskBlock({ id: block.id, name: block.name, ...fields, content: contentOf(editor) }));
    } catch (failure) {
      setProblem(`Couldn’t save the original — ${errorMessage(failure)}`);
      setSaving(false);
    }
  }

  const textField = (field: (typeof FIELDS)[number], className: string, autofocus: boolean) => (
    <TextField
      key={field.name}
      id={`${id}-${field.name}`}
      label={field.label}
      className={className}
      type="text"
      maxLength={DESK_TEXT_MAX}
      placeholder={field.placeholder}
      value={fields[field.name]}
      data-autofocus={autofocus || undefined}
      onValue={(value) => setFields((previous) => ({ ...previous, [field.name]: value }))}
    />
  );

  return (
    <ModalDialog title={`Edit original: ${block.name}`} onClose={onClose} className="modal-wide modal-top desk-edit-dialog">
      <p className="modal-text">Every brief synced to this block shows the change.</p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {FIELDS.slice(0, 1).map((field) => textField(field, 'text-input desk-edit-title', true))}
        <div className="field">
          <span className="field-label" id={textLabel}>
            Desk text
          </span>
          <DeskContentEditor initialContent={block.content} onReady={setEditor} labelledBy={textLabel} />
        </div>
        <div className="desk-edit-signoff">{FIELDS.slice(1).map((field) => textField(field, 'text-input', false))}</div>
        <InlineAlert message={problem} />
        <FormActions onCancel={onClose} submitLabel="Save original" busy={saving} busyLabel="Saving…" disabled={!editor} />
      </form>
    </ModalDialog>
  );
}
