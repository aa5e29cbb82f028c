import { useId } from 'react';
import type { BriefExportResult } from './bulk-export-run';
import { briefCount } from './bulk-selection';

export interface BulkExportSummaryProps {
  results: readonly BriefExportResult[];
  /** The zip downloaded, or null when there was nothing to save. */
  zipName: string | null;
  /** Why the zip could not be made. */
  problem: string | null;
  onClose: () => void;
}

/** What one line of the summary says. */
function headlineText(result: BriefExportResult): string {
  return `“${result.headline}”`;
}

/** Export briefs, once done: how many were exported into which zip, each failure and warning by brief. */
export function BulkExportSummary({ results, zipName, problem, onClose }: BulkExportSummaryProps) {
  const failedId = useId();
  const warningsId = useId();
  const failed = results.filter((result) => result.error !== null);
  const exported = results.length - failed.length;
  const warned = results.filter((result) => result.error === null && result.warnings.length > 0);
  const outcome =
    zipName !== null
      ? `Exported ${exported === results.length ? briefCount(exported) : `${exported} of ${briefCount(results.length)}`} to ${zipName}.`
      : exported === 0
        ? 'No brief could be exported; nothing was downloaded.'
        : 'Nothing was downloaded.';
  return (
    <div className="bulk-summary">
      <p className="bulk-summary-outcome" role="status">
        {outcome}
      </p>
      {problem !== null && (
        <p className="inline-error-text" role="alert">
          {problem}
        </p>
      )}
      {failed.length > 0 && (
        <section className="bulk-summary-group" aria-labelledby={failedId}>
          <h3 id={failedId} className="bulk-summary-heading">
            Not exported ({failed.length})
          </h3>
          <ul className="bulk-summary-list">
            {failed.map((result) => (
              <li key={result.id} className="bulk-summary-failure">
                <strong>{headlineText(result)}</strong> — {result.error}
              </li>
            ))}
          </ul>
        </section>
      )}
      {warned.length > 0 && (
        <section className="bulk-summary-group" aria-labelledby={warningsId}>
          <h3 id={warningsId} className="bulk-summary-heading">
            Warnings
          </h3>
          <ul className="bulk-summary-list">
            {warned.map((result) => (
              <li key={result.id}>
                <strong>{headlineText(result)}</strong>
                <ul>
                  {result.warnings.map((warning, index) => (
                    <li key={index}>{warning}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="modal-actions">
        <button type="button" className="button button-primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </div>
  );
}
