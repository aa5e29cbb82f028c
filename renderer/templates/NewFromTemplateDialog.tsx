import { type FormEvent, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import { DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID } from '../../shared/model/template';
import { Field } from '../ui/Field';
import { FormActions } from '../ui/FormActions';
import { ModalDialog } from '../ui/ModalDialog';
import { ManageTemplates } from './ManageTemplates';
import { templateOutline } from './template-outline';
import { useTemplates } from './use-templates';

export interface NewFromTemplateDialogProps {
  api: BriefdeskApi;
  onCreate: (templateId: string) => void;
  onClose: () => void;
}

/** "New brief from template": pick a template (the built-in one first), then Create. */
export function NewFromTemplateDialog({ api, onCreate, onClose }: NewFromTemplateDialogProps) {
  const { templates, error, removed } = useTemplates(api);
  const [chosen, setChosen] = useState(DEFAULT_TEMPLATE_ID);
  const list = templates ?? [DEFAULT_TEMPLATE];
  const selected = list.find((template) => template.id === chosen) ?? list[0] ?? DEFAULT_TEMPLATE;

  function submit(event: FormEvent): void {
    event.preventDefault();
    onCreate(selected.id);
  }

  return (
    <ModalDialog title="New brief from template" onClose={onClose} className="modal-top">
      <form onSubmit={submit}>
        <Field
          id="new-brief-template"
          label="Template"
          hint={{ id: 'new-brief-template-outline', text: templateOutline(selected) }}
          after={
            error && (
              <p className="inline-error-text" role="alert">
                Couldn’t load your templates — {error}. The standard brief is still available.
              </p>
            )
          }
        >
          {(control) => (
            <select
              {...control}
              className="select"
              value={selected.id}
              aria-busy={templates === null}
              data-autofocus
              onChange={(event) => setChosen(event.target.value)}
            >
              {list.map((template) => (
                <option key={template.id} value={template.id}>
                  {template.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        {templates && (
          <ManageTemplates
            api={api}
            templates={templates}
            onDeleted={(id) => {
              removed(id);
              if (id === chosen) setChosen(DEFAULT_TEMPLATE_ID);
            }}
          />
        )}
        <FormActions onCancel={onClose} submitLabel="Create" />
      </form>
    </ModalDialog>
  );
}
