import { type FormEvent, useState } from 'react';
import { ENTRY_NAME_MAX } from '../../shared/model/library-entry';
import type { Template } from '../../shared/model/template';
import { ModalDialog } from '../ui/ModalDialog';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { ManageTemplates } from './ManageTemplates';
import { checkTemplateName, type TemplateNameCheck } from './template-names';
import { useTemplates } from './use-templates';
import { InlineAlert } from '../ui/InlineAlert';
import { FormActions } from '../ui/FormActions';
import { TextField } from '../ui/TextField';

export interface SaveTemplateDialogProps {
  briefId: string;
  onSaved: (template: Template, replaced: boolean) => void;
  onClose: () => void;
}

/** The note under the name field: what saving under it would do. */
function nameHint(check: TemplateNameCheck): string {
  switch (check.kind) {
    case 'replaces':
      return `Replaces the template “${check.template.name}”.`;
    case 'built-in':
      return `“${check.name}” is the built-in template; choose another name.`;
    case 'new':
    case 'empty':
      return 'Saving under a name in use replaces that template.';
  }
}

/**
 * "Save as template": the open brief's structure (section, byline, tags,
 * language, body skeleton) under a name; a name in use replaces that template.
 */
export function SaveTemplateDialog({ briefId, onSaved, onClose }: SaveTemplateDialogProps) {
  const { api, flushOpen } = useWorkbench();
  const { templates, error: listError, removed } = useTemplates(api);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const check = checkTemplateName(name, templates ?? []);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (check.kind === 'empty') {
      setProblem('Give the template a name.');
      return;
    }
    if (check.kind === 'built-in') {
      setProblem(`“${check.name}” is the built-in template; choose another name.`);
      return;
    }
    setSaving(true);
    setProblem(null);
    try {
      // The template is made from the brief on disk: save the latest edits first.
      if (!(await flushOpen())) throw new Error('the brief’s latest changes could not be saved first');
      const template = await api.saveTemplate({ name: name.trim(), fromBriefId: briefId });
      onSaved(template, check.kind === 'replaces');
    } catch (failure) {
      setProblem(`Couldn’t save the template — ${errorMessage(failure)}`);
      setSaving(false);
    }
  }

  return (
    <ModalDialog title="Save as template" onClose={onClose} className="modal-top">
      <p className="modal-text">
        New briefs made from it start with this brief’s section, byline, tags, language and blocks — takeaways emptied, text left out.
      </p>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          id="template-name"
          label="Template name"
          type="text"
          autoComplete="off"
          maxLength={ENTRY_NAME_MAX}
          placeholder="e.g. Country brief"
          value={name}
          aria-invalid={problem !== null}
          data-autofocus
          hint={{ warning: check.kind === 'replaces' || check.kind === 'built-in', text: nameHint(check) }}
          onValue={(next) => {
            setName(next);
            setProblem(null);
          }}
          after={
            <>
              <InlineAlert message={problem} />
              {listError && (
                <p className="inline-error-text" role="alert">
                  Couldn’t load your templates — {listError}
                </p>
              )}
            </>
          }
        />
        {templates && <ManageTemplates api={api} templates={templates} onDeleted={removed} />}
        <FormActions onCancel={onClose} submitLabel="Save" busy={saving} busyLabel="Saving…" />
      </form>
    </ModalDialog>
  );
}
