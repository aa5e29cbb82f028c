import { useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { Template } from '../../shared/model/template';
import { errorMessage } from '../format/error-message';
import { relativeTime } from '../format/relative-time';
import { deletableTemplates } from './template-names';
import { InlineAlert } from '../ui/InlineAlert';

export interface ManageTemplatesProps {
  api: BriefdeskApi;
  templates: readonly Template[];
  onDeleted: (id: string) => void;
}

/** The analyst's templates, each with "Delete template" (confirmed in place). The built-in one is not listed. */
export function ManageTemplates({ api, templates, onDeleted }: ManageTemplatesProps) {
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const own = deletableTemplates(templates);

  async function remove(template: Template): Promise<void> {
    setBusy(true);
    setProblem(null);
    try {
      await api.deleteTemplate({ id: template.id });
      setConfirming(null);
      onDeleted(template.id);
    } catch (error) {
      setProblem(`Couldn’t delete “${template.name}” — ${errorMessage(error)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="manage-templates">
      <summary>Manage templates</summary>
      {own.length === 0 ? (
        <p className="library-note">No templates of your own yet. “Save as template…” in a brief’s More actions menu makes one.</p>
      ) : (
        <ul className="library-list" aria-label="Your templates">
          {own.map((template) => (
            <li key={template.id} className="library-row">
              <div className="library-row-main">
                <span className="library-row-name">{template.name}</span>
                <span className="library-row-meta">Updated {relativeTime(template.updatedAt)}</span>
              </div>
              {confirming === template.id ? (
                <div className="library-row-confirm" role="group" aria-label={`Delete “${template.name}”?`}>
                  <span className="library-row-question">Delete it? Briefs made from it keep their content.</span>
                  <button type="button" className="button button-small" onClick={() => setConfirming(null)} disabled={busy}>
                    Cancel
                  </button>
                  <button type="button" className="button button-small button-danger" onClick={() => void remove(template)} disabled={busy}>
                    Delete
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="button button-small button-quiet button-danger-quiet"
                  aria-label={`Delete template “${template.name}”`}
                  onClick={() => {
                    setProblem(null);
                    setConfirming(template.id);
                  }}
                >
                  Delete template
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <InlineAlert message={problem} />
    </details>
  );
}
