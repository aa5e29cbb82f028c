import { useState } from 'react';
import type { BodyLineChange } from '../../shared/revisions/brief-diff-model';
import { bodyRows } from './diff-display';
import { DiffSegments } from './DiffSegments';

const SIGNS: Record<BodyLineChange['change'], string> = { unchanged: '', added: '+', removed: '−', changed: '~' };

/**
 * The body diff as labelled lines ("Key Takeaways 2", "Editor's Desk
 * title"…): changed, added and removed lines with one unchanged line of
 * context each side; longer unchanged runs are folded, "Show all lines"
 * unfolds them.
 */
export function DiffBody({ lines }: { lines: readonly BodyLineChange[] }) {
  const [showAll, setShowAll] = useState(false);
  const rows = bodyRows(lines, { showAll });
  const folds = rows.some((row) => row.kind === 'fold');
  return (
    <>
      {(folds || showAll) && (
        <button
          type="button"
          className="button button-small button-quiet diff-toggle"
          aria-pressed={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          Show all lines
        </button>
      )}
      <ol className="diff-lines">
        {rows.map((row) =>
          row.kind === 'fold' ? (
            <li key={`fold-${row.key}`} className="diff-fold">
              {row.count === 1 ? '1 unchanged line' : `${row.count} unchanged lines`}
            </li>
          ) : (
            <DiffLine key={row.key} line={row.line} />
          ),
        )}
      </ol>
    </>
  );
}

function DiffLine({ line }: { line: BodyLineChange }) {
  return (
    <li className={`diff-line diff-line-${line.change}`}>
      <span className="diff-sign" aria-hidden="true">
        {SIGNS[line.change]}
      </span>
      <span className="diff-line-body">
        {line.label && <span className="diff-line-label">{line.label}</span>}
        <span className="diff-line-text">
          {line.change === 'changed' && <span className="visually-hidden">Changed: </span>}
          <DiffSegments segments={line.segments} />
          {line.formatOnly && <span className="diff-note"> (formatting changed)</span>}
          {line.change !== 'unchanged' && line.segments.every((segment) => segment.text.trim() === '') && (
            <span className="diff-note">
              {line.change === 'added' ? '(an empty line added)' : line.change === 'removed' ? '(an empty line removed)' : ''}
            </span>
          )}
        </span>
      </span>
    </li>
  );
}
