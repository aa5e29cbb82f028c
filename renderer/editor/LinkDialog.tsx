import { type FormEvent, useState } from 'react';
import { normalizeLink } from './normalize-link';
import { ModalDialog } from '../ui/ModalDialog';

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
        <div className="field">
          <label className="field-label" htmlFor="link-url">
            Link URL
          </label>
          <input
            id="link-url"
            className="text-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="https://"
            value={value}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'link-url-problem' : undefined}
            data-autofocus
            onChange={(event) => {
              setValue(event.target.value);
              setProblem(null);
            }}
          />
          {problem && (
            <p id="link-url-problem" className="inline-error-text" role="alert">
              {problem}
            </p>
          )}
        </div>
        <div className="modal-actions">
          {initialHref && (
            <button type="button" className="button button-quiet modal-action-start" onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Apply
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
