import type { FormEvent } from 'react';
import type { ExportFormat } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { FormActions } from '../ui/FormActions';
import { InlineAlert } from '../ui/InlineAlert';
import { type RadioOption, RadioChoice } from '../ui/RadioChoice';
import { BriefChecklist } from './BriefChecklist';
import { briefCount, briefsInScope, type BulkScope } from './bulk-selection';
import { CheckOption } from './CheckOption';
import { BULK_FORMAT_HINTS, EXPORT_FORMATS } from './export-formats';
import type { BulkRequest } from './use-bulk-export';

/** The choices of Export briefs, kept by the dialog so a failed start does not lose them. */
export interface BulkChoices {
  scope: BulkScope;
  chosen: Set<string>;
  format: ExportFormat;
  imagesInFolder: boolean;
}

export interface BulkExportFormProps {
  /** The live briefs of the library, in its order. */
  briefs: readonly BriefSummary[];
  /** The briefs the library list shows while it is filtered or searched, in its order; null when it shows them all. */
  shown: readonly BriefSummary[] | null;
  choices: BulkChoices;
  onChoicesChange: (choices: BulkChoices) => void;
  problem: string | null;
  /** The briefs, format and images chosen (the line under the pages is the Export setting's). */
  onStart: (request: Omit<BulkRequest, 'colophon'>) => void;
  onCancel: () => void;
}

/** Export briefs, before it starts: which briefs (all, the filtered list, chosen ones) and the format. */
export function BulkExportForm({ briefs, shown, choices, onChoicesChange, problem, onStart, onCancel }: BulkExportFormProps) {
  const filtering = shown !== null;
  const scope = !filtering && choices.scope === 'filtered' ? 'all' : choices.scope;
  const selected = briefsInScope(briefs, scope, shown, choices.chosen);
  const scopes: RadioOption<BulkScope>[] = [
    { value: 'all', label: `All briefs (${briefs.length})` },
    ...(filtering
      ? [{ value: 'filtered' as const, label: `The filtered list (${briefsInScope(briefs, 'filtered', shown, choices.chosen).length})` }]
      : []),
    { value: 'chosen', label: 'Choose briefs…' },
  ];
  const change = (patch: Partial<BulkChoices>): void => onChoicesChange({ ...choices, ...patch });

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (selected.length === 0) return;
    onStart({ briefs: selected, format: choices.format, images: choices.format === 'html' && choices.imagesInFolder ? 'folder' : 'embed' });
  }

  return (
    <form onSubmit={submit} noValidate>
      <RadioChoice label="Briefs" options={scopes} value={scope} onChange={(next) => change({ scope: next })} autoFocus />
      {scope === 'chosen' && <BriefChecklist briefs={briefs} chosen={choices.chosen} onChange={(chosen) => change({ chosen })} />}
      <RadioChoice label="Format" options={EXPORT_FORMATS} value={choices.format} onChange={(format) => change({ format })} />
      <p className="field-hint">{BULK_FORMAT_HINTS[choices.format]}</p>
      {choices.format === 'html' && (
        <CheckOption
          label="Put images in a folder beside each page"
          checked={choices.imagesInFolder}
          onChange={(imagesInFolder) => change({ imagesInFolder })}
        />
      )}
      <p className="field-hint">Everything downloads as one zip file.</p>
      <InlineAlert message={problem} />
      <FormActions
        onCancel={onCancel}
        submitLabel={selected.length === 0 ? 'Export' : `Export ${briefCount(selected.length)}`}
        busy={false}
        busyLabel="Exporting…"
        disabled={selected.length === 0}
      />
    </form>
  );
}
