import { useId } from 'react';
import type { FieldChange } from '../../shared/revisions/brief-diff-model';
import { DiffSegments } from './DiffSegments';

/**
 * The fields outside the body that differ, each a group named by its label
 * ("Headline") holding a word diff (tags and related briefs item by item).
 */
export function DiffFields({ fields }: { fields: readonly FieldChange[] }) {
  const baseId = useId();
  return (
    <div className="diff-fields">
      {fields.map((field) => {
        const labelId = `${baseId}-${field.field}`;
        return (
          <div className="diff-field" role="group" aria-labelledby={labelId} key={field.field}>
            <span className="diff-field-label" id={labelId}>
              {field.label}
            </span>
            <div className="diff-field-value">
              {field.list ? (
                <ul className="diff-chips">
                  {field.segments.map((segment, index) => (
                    <li key={index} className={`diff-chip diff-chip-${segment.op}`}>
                      <DiffSegments segments={[segment]} />
                    </li>
                  ))}
                </ul>
              ) : (
                <DiffSegments segments={field.segments} />
              )}
              {!field.list && field.before === '' && <span className="diff-note"> (was empty)</span>}
              {!field.list && field.after === '' && <span className="diff-note"> (now empty)</span>}
            </div>
          </div>
        );
      })}
    </div>
  );
}
