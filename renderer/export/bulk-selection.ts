import type { BriefSummary } from '../../shared/model/brief';
import { filterBriefs } from '../model/filter-briefs';

/** Which briefs Export briefs takes: every live brief, those the library's filter shows, or a chosen few. */
export type BulkScope = 'all' | 'filtered' | 'chosen';

/**
 * The briefs a bulk export takes, in the library's order. 'filtered' is the
 * sidebar's filter applied to the library (every brief when it is empty);
 * 'chosen' keeps the ids ticked in the checklist.
 */
export function briefsInScope(
  briefs: readonly BriefSummary[],
  scope: BulkScope,
  filter: string,
  chosen: ReadonlySet<string>,
): BriefSummary[] {
  if (scope === 'filtered') return filterBriefs(briefs, filter);
  if (scope === 'chosen') return briefs.filter((brief) => chosen.has(brief.id));
  return [...briefs];
}

/** "1 brief", "12 briefs". */
export function briefCount(count: number): string {
  return count === 1 ? '1 brief' : `${count} briefs`;
}
