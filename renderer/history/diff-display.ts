import type { BodyLineChange, BriefDiff, TextSegment } from '../../shared/revisions/brief-diff-model';

/** One row of the body diff as shown: a line, or a run of unchanged lines folded away. */
export type BodyRow = { kind: 'line'; key: number; line: BodyLineChange } | { kind: 'fold'; key: number; count: number };

/** Unchanged lines shown on each side of a change, so it can be placed. */
export const CONTEXT_LINES = 1;

/**
 * The body lines to show: every changed, added or removed line with up to
 * `context` unchanged lines around it; longer runs of unchanged lines
 * become one fold row with their count. `showAll` keeps every line.
 */
export function bodyRows(lines: readonly BodyLineChange[], options: { showAll?: boolean; context?: number } = {}): BodyRow[] {
  const context = options.context ?? CONTEXT_LINES;
  if (options.showAll) return lines.map((line, key) => ({ kind: 'line', key, line }));
  const near = lines.map(() => false);
  lines.forEach((line, index) => {
    if (line.change === 'unchanged') return;
    for (let at = Math.max(0, index - context); at <= Math.min(lines.length - 1, index + context); at += 1) near[at] = true;
  });
  const rows: BodyRow[] = [];
  let folded = 0;
  const fold = (key: number): void => {
    if (folded > 0) rows.push({ kind: 'fold', key, count: folded });
    folded = 0;
  };
  lines.forEach((line, index) => {
    if (near[index]) {
      fold(index - 1);
      rows.push({ kind: 'line', key: index, line });
    } else folded += 1;
  });
  fold(lines.length);
  return rows;
}

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * "1 field and 3 lines of the body differ (2 changed, 1 added)." — or
 * "No differences." when the version is the brief as it is now.
 */
export function diffSummary(diff: Pick<BriefDiff, 'identical' | 'counts'>): string {
  if (diff.identical) return 'No differences.';
  const { fields, changed, added, removed } = diff.counts;
  const lines = changed + added + removed;
  const parts: string[] = [];
  if (fields > 0) parts.push(plural(fields, 'field', 'fields'));
  if (lines > 0) parts.push(`${plural(lines, 'line', 'lines')} of the body`);
  const detail = [
    changed > 0 ? `${changed} changed` : '',
    added > 0 ? `${added} added` : '',
    removed > 0 ? `${removed} removed` : '',
  ].filter(Boolean);
  const verb = fields + lines === 1 ? 'differs' : 'differ';
  return `${parts.join(' and ')} ${verb}${lines > 0 ? ` (${detail.join(', ')})` : ''}.`;
}

/** Whether a segment is only white space (shown without added/removed markers: there is nothing to read). */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}

/**
 * A word diff made easier to read: changes separated only by white space
 * ("in dry summers" → "in drought years") become one removed run and one
 * added run ("dry summers" → "drought years") instead of alternating words.
 */
export function coalesceSegments(segments: readonly TextSegment[]): TextSegment[] {
  const out: TextSegment[] = [];
  let removed = '';
  let added = '';
  let pendingSpace = '';
  const flush = (): void => {
    if (removed !== '') out.push({ op: 'removed', text: removed });
    if (added !== '') out.push({ op: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const segment of segments) {
    if (segment.op === 'unchanged') {
      const inRun = removed !== '' || added !== '';
      if (inRun && isBlank(segment.text) && pendingSpace === '') {
        pendingSpace = segment.text;
        continue;
      }
      flush();
      out.push({ op: 'unchanged', text: pendingSpace + segment.text });
      pendingSpace = '';
      continue;
    }
    if (pendingSpace !== '') {
      // White space between two changes is in both texts: it joins both sides of the run.
      removed += pendingSpace;
      added += pendingSpace;
      pendingSpace = '';
    }
    if (segment.op === 'removed') removed += segment.text;
    else added += segment.text;
  }
  flush();
  if (pendingSpace !== '') out.push({ op: 'unchanged', text: pendingSpace });
  return out;
}
