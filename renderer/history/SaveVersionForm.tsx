import { type FormEvent, useId, useState } from 'react';
import { REVISION_NAME_MAX } from '../../shared/revisions/revision';
import { InlineAlert } from '../ui/InlineAlert';
import { errorMessage } from '../format/error-message';

export interface SaveVersionFormProps {
  /** Saves the brief as it is now under the name; throws with a message fit to show. */
  onSave: (name: string) => Promise<unknown>;
  /** Told once a version is saved, with its name. */
  onSaved: (name: string) => void;
}

/** "Save version": a name and a button; Enter in the box saves too. Kept forever, whatever the thinning. */
export function SaveVersionForm({ onSave, onSaved }: SaveVersionFormProps) {
  const inputId = useId();
  const hintId = useId();
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === '') {
      setProblem('Give the version a name.');
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      await onSave(trimmed);
      setName('');
      onSaved(trimmed);
    } catch (failure) {
      setProblem(`Couldn’t save the version — ${errorMessage(failure)}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="history-save" aria-label="Save version" onSubmit={(event) => void submit(event)} noValidate>
      <label className="field-label" htmlFor={inputId}>
        Version name
      </label>
      <div className="history-save-row">
        <input
          id={inputId}
          className="text-input"
          type="text"
          autoComplete="off"
          maxLength={REVISION_NAME_MAX}
          placeholder="e.g. Sent to the desk editor"
          value={name}
          aria-invalid={problem !== null}
          aria-describedby={hintId}
          onChange={(event) => {
            setName(event.target.value);
            setProblem(null);
          }}
        />
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? 'Saving…' : 'Save version'}
        </button>
      </div>
      <p id={hintId} className="field-hint">
        Keeps the brief as it is now, under this name, for good.
      </p>
      <InlineAlert message={problem} />
    </form>
  );
}
