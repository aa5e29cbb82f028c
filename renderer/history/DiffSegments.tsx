import type { TextSegment } from '../../shared/revisions/brief-diff-model';
import { coalesceSegments, isBlank } from './diff-display';

/**
 * A run of text with what was added (<ins>) and removed (<del>) marked:
 * by colour, by underline and strike-through, and for screen readers by
 * visually hidden "added" / "removed" words around the text. Changes
 * separated by white space only are shown as one run (coalesceSegments).
 */
export function DiffSegments({ segments }: { segments: readonly TextSegment[] }) {
  return (
    <>
      {coalesceSegments(segments).map((segment, index) => (
        <DiffSegment key={index} segment={segment} />
      ))}
    </>
  );
}

function DiffSegment({ segment }: { segment: TextSegment }) {
  // Unchanged text, and white space alone (nothing to read, nothing to mark).
  if (segment.op === 'unchanged' || isBlank(segment.text)) return <>{segment.text}</>;
  const word = segment.op === 'added' ? 'added' : 'removed';
  const marked = (
    <>
      <span className="visually-hidden">[{word}: </span>
      {segment.text}
      <span className="visually-hidden">]</span>
    </>
  );
  return segment.op === 'added' ? <ins className="diff-ins">{marked}</ins> : <del className="diff-del">{marked}</del>;
}
