import { type FormEvent, useState } from 'react';
import { normalizeLink } from './normalize-link';
import { FormActions } from '../ui/FormActions';
import { ModalDialog } from '../ui/ModalDialog';
import { TextField } from '../ui/TextField';

export interface LinkDialogProps {
  /** The link at the cursor, if any. */
  initialHref: string;
  onApply: (href: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

/** Asks for a link's address; only web (http/https) and e-mail (mailto) links are accepted. */
export function LinkDialog({ initialHref, onApply, onRemove, onClose }: LinkDialogProps) {
  const [value, setValue] = useState(initialHref);
  const [problem, setProblem] = useState<string | null>(null);

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (value.trim() === '') {
      if (initialHref) onRemove();
      else onClose();
      return;
    }
    const href = normalizeLink(value);
    if (!href) {
      setProblem('Use a web address (https://…) or an e-mail address (mailto:…).');
      return;
    }
    onApply(href);
  }

  return (
    <ModalDialog title={initialHref ? 'Edit link' : 'Add link'} onClose={onClose} className="modal-small modal-top">
      <form onSubmit={submit} noValidate>
        <TextField
          id="link-url"
          label="Link URL"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://"
          value={value}
          aria-invalid={problem !== null}
          problem={problem}
          data-autofocus
          onValue={(next) => {
            setValue(next);
            setProblem(null);
          }}
        />
        <FormActions onCancel={onClose} submitLabel="Apply">
          {initialHref && (
            <button type="button" className="button button-quiet modal-action-start" onClick={onRemove}>
              Remove link
            </button>
          )}
        </FormActions>
      </form>
    </ModalDialog>
  );
}
