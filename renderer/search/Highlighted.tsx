import type { ReactNode } from 'react';
import type { TextRange } from '../../shared/api/contract';

export interface HighlightedProps {
  text: string;
  ranges: readonly TextRange[];
}

/** Text with the given ranges in `<mark>` (ranges out of order, overlapping or out of bounds are skipped). */
export function Highlighted({ text, ranges }: HighlightedProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
