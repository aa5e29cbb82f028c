import { type FormEvent, useState } from 'react';
import type { DeskBlock, DeskBlockFields } from '../../shared/model/desk-block';
import { ENTRY_NAME_MAX } from '../../shared/model/library-entry';
import { ModalDialog } from '../ui/ModalDialog';
import { errorMessage } from '../format/error-message';
import { useWorkbench } from '../workbench/workbench-context';
import { InlineAlert } from '../ui/InlineAlert';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';

export interface SaveDeskBlockDialogProps {
  /** The desk's fields; `name` is the suggested block name. */
  fields: DeskBlockFields;
  onSaved: (block: DeskBlock) => void;
  onClose: () => void;
}

/** "Save as desk block": the desk under a name; it then stays synced with the library. */
export function SaveDeskBlockDialog({ fields, onSaved, onClose }: SaveDeskBlockDialogProps) {
  const { api } = useWorkbench();
  const [name, setName] = useState(fields.name);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (name.trim() === '') {
      setProblem('Give the block a name.');
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      onSaved(await api.saveDeskBlock({ ...fields, name: name.trim() }));
    } catch (failure) {
      setProblem(`Couldn’t save the block — ${errorMessage(failure)}`);
      setSaving(false);
    }
  }

  return (
    <ModalDialog title="Save as desk block" onClose={onClose} className="modal-top">
      <p className="modal-text">
        This Editor’s Desk is kept in Desk blocks under a name, and stays synced: edit the original and every brief that uses it follows.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="desk-block-name"
          label="Block name"
          type="text"
          autoComplete="off"
          maxLength={ENTRY_NAME_MAX}
          value={name}
          aria-invalid={problem !== null}
          data-autofocus
          after={<InlineAlert message={problem} />}
          onValue={(next) => {
            setName(next);
            setProblem(null);
          }}
        />
        <FormActions onCancel={onClose} submitLabel="Save" busy={saving} busyLabel="Saving…" />
      </form>
    </ModalDialog>
  );
}
