import type { Checklist } from '../../shared/publish/checklist';
import { CheckOption } from '../export/CheckOption';

export interface PublishChecklistProps {
  checklist: Checklist;
  acknowledged: boolean;
  onAcknowledge: (acknowledged: boolean) => void;
  disabled?: boolean;
}

/**
 * The pre-publish checklist as shown: errors (to fix first: Publish stays
 * disabled), then warnings with one "Publish anyway" acknowledgment, or a
 * line saying everything checks out.
 */
export function PublishChecklist({ checklist, acknowledged, onAcknowledge, disabled }: PublishChecklistProps) {
  const { errors, warnings } = checklist;
  return (
    <section className="publish-checklist" aria-label="Checklist">
      <h3 className="publish-section-title">Checklist</h3>
      {errors.length === 0 && warnings.length === 0 && <p className="checklist-ok">Everything checks out.</p>}
      {errors.length > 0 && (
        <div className="checklist-group checklist-errors">
          <p className="checklist-group-title">Fix before publishing</p>
          <ul aria-label="Fix before publishing">
            {errors.map((item, index) => (
              <li key={`${item.rule}-${index}`}>{item.message}</li>
            ))}
          </ul>
        </div>
      )}
      {warnings.length > 0 && (
        <div className="checklist-group checklist-warnings">
          <p className="checklist-group-title">Worth a look</p>
          <ul aria-label="Worth a look">
            {warnings.map((item, index) => (
              <li key={`${item.rule}-${index}`}>{item.message}</li>
            ))}
          </ul>
          {errors.length === 0 && (
            <CheckOption
              label="Publish anyway"
              hint={warnings.length === 1 ? 'I have read the note above.' : `I have read the ${warnings.length} notes above.`}
              checked={acknowledged}
              onChange={onAcknowledge}
              disabled={disabled}
            />
          )}
        </div>
      )}
    </section>
  );
}
