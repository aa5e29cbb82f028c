import { useId } from 'react';
import type { BriefSummary } from '../../shared/model/brief';
import { STATUS_LABELS } from '../format/status-label';
import { displayHeadline } from '../format/untitled';

export interface BriefChecklistProps {
  briefs: readonly BriefSummary[];
  chosen: ReadonlySet<string>;
  onChange: (chosen: Set<string>) => void;
  disabled?: boolean;
}

/** One brief's checkbox, named by its headline and described by its section and status. */
function ChecklistItem({
  brief,
  checked,
  onToggle,
  disabled,
}: {
  brief: BriefSummary;
  checked: boolean;
  onToggle: () => void;
  disabled?: boolean;
}) {
  const id = useId();
  const details = [brief.section.trim(), STATUS_LABELS[brief.status]].filter((part) => part !== '').join(' · ');
  return (
    <li>
      <label className="brief-checklist-item">
        <input
          type="checkbox"
          checked={checked}
          disabled={disabled}
          aria-labelledby={`${id}-headline`}
          aria-describedby={`${id}-details`}
          onChange={onToggle}
        />
        <span className="brief-checklist-text">
          <span id={`${id}-headline`} className="brief-checklist-headline">
            {displayHeadline(brief.headline)}
          </span>
          <span id={`${id}-details`} className="brief-checklist-details">
            {details}
          </span>
        </span>
      </label>
    </li>
  );
}

/** "Choose briefs…": a checkbox per brief, with Select all and Select none. */
export function BriefChecklist({ briefs, chosen, onChange, disabled }: BriefChecklistProps) {
  const countId = useId();
  const count = briefs.filter((brief) => chosen.has(brief.id)).length;
  const toggle = (id: string): void => {
    const next = new Set(chosen);
    if (!next.delete(id)) next.add(id);
    onChange(next);
  };
  return (
    <div className="brief-checklist" role="group" aria-label="Briefs to export" aria-describedby={countId}>
      <div className="brief-checklist-tools">
        <span id={countId} className="brief-checklist-count" aria-live="polite">
          {count} of {briefs.length} chosen
        </span>
        <button
          type="button"
          className="button button-small button-quiet"
          disabled={disabled}
          onClick={() => onChange(new Set(briefs.map((brief) => brief.id)))}
        >
          Select all
        </button>
        <button type="button" className="button button-small button-quiet" disabled={disabled} onClick={() => onChange(new Set())}>
          Select none
        </button>
      </div>
      <ul className="brief-checklist-items">
        {briefs.map((brief) => (
          <ChecklistItem
            key={brief.id}
            brief={brief}
            checked={chosen.has(brief.id)}
            onToggle={() => toggle(brief.id)}
            disabled={disabled}
          />
        ))}
      </ul>
    </div>
  );
}
