import { useId } from 'react';
import { displayHeadline } from '../format/untitled';
import { IMPORT_FORMAT_LABELS } from './import-formats';
import type { ImportAgain, ImportOutcome } from './run-import';

export interface ImportResultRowProps {
  outcome: ImportOutcome;
  /** This file is being imported again. */
  busy: boolean;
  /** Another file is being imported again: actions wait. */
  disabled: boolean;
  onOpen: (id: string) => void;
  onAgain: (ask: ImportAgain) => void;
}

function StatusIcon({ kind }: { kind: ImportOutcome['kind'] }) {
  const path = kind === 'imported' ? 'm4.5 8.3 2.3 2.3 4.7-5' : kind === 'failed' ? 'M8 4.5v4.2M8 11.2v.1' : 'M5 8h6';
  return (
    <span className={`import-result-icon is-${kind}`} aria-hidden="true">
      <svg viewBox="0 0 16 16" width="14" height="14" className="icon">
        <path d={path} fill="none" stroke="currentColor" strokeWidth="1.9" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </span>
  );
}

/**
 * One file of an import: the new brief (headline, format, Open), what was
 * recognised and any warnings; or why the file was not imported.
 */
export function ImportResultRow({ outcome, busy, disabled, onOpen, onAgain }: ImportResultRowProps) {
  const { fileName } = outcome;
  const recognisedId = useId();
  if (outcome.kind === 'empty') {
    return (
      <li className="import-result is-empty" aria-label={fileName} aria-busy={busy}>
        <StatusIcon kind="empty" />
        <div className="import-result-main">
          <p className="import-result-file">{fileName}</p>
          <p className="import-result-note">{outcome.message}</p>
        </div>
        <button
          type="button"
          className="button button-small import-result-open"
          aria-label={`Import “${fileName}” anyway, as an empty brief`}
          disabled={disabled}
          onClick={() => onAgain('keep-empty')}
        >
          {busy ? 'Importing…' : 'Import anyway'}
        </button>
      </li>
    );
  }
  if (outcome.kind !== 'imported') {
    return (
      <li className={`import-result is-${outcome.kind}`} aria-label={fileName}>
        <StatusIcon kind={outcome.kind} />
        <div className="import-result-main">
          <p className="import-result-file">{fileName}</p>
          <p className={outcome.kind === 'failed' ? 'import-result-error' : 'import-result-note'}>
            {outcome.kind === 'failed' ? outcome.message : 'Not imported: the import was cancelled before this file.'}
          </p>
        </div>
      </li>
    );
  }
  const { report } = outcome;
  const headline = displayHeadline(report.headline);
  return (
    <li className="import-result is-imported" aria-label={fileName}>
      <StatusIcon kind="imported" />
      <div className="import-result-main">
        <p className="import-result-headline">{headline}</p>
        <p className="import-result-file">
          {fileName} <span className="import-result-format">{IMPORT_FORMAT_LABELS[report.format]}</span>
        </p>
        {report.recognised.length > 0 && (
          <div className="import-result-group">
            <p className="import-result-label" id={recognisedId}>
              Recognised
            </p>
            <ul className="import-recognised" aria-labelledby={recognisedId}>
              {report.recognised.map((phrase, index) => (
                <li key={index}>{phrase}</li>
              ))}
            </ul>
          </div>
        )}
        {report.warnings.length > 0 && (
          <ul className="import-warnings" aria-label="Warnings">
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        )}
      </div>
      <div className="import-result-actions">
        <button
          type="button"
          className="button button-small import-result-open"
          aria-label={`Open “${headline}”`}
          disabled={busy}
          onClick={() => onOpen(report.id)}
        >
          Open
        </button>
        {report.pageKept === 'article' && (
          <button
            type="button"
            className="button button-small"
            aria-label={`Import the whole page of “${fileName}” instead of its article`}
            title="Keep the page around the article too (navigation, sidebars…); the article's brief goes to the Trash"
            disabled={disabled}
            onClick={() => onAgain('whole-page')}
          >
            {busy ? 'Importing…' : 'Whole page'}
          </button>
        )}
      </div>
    </li>
  );
}
