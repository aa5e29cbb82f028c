import type { BriefSummary } from '../../shared/model/brief';

/** Which briefs Export briefs takes: every live brief, those the library's filter shows, or a chosen few. */
export type BulkScope = 'all' | 'filtered' | 'chosen';

/**
 * The briefs a bulk export takes. 'filtered' is what the library list shows
 * for its search and filters (in the list's order; every brief when nothing
 * is searched); 'all' and 'chosen' (the ids ticked in the checklist) keep the
 * library's order.
 */
export function briefsInScope(
  briefs: readonly BriefSummary[],
  scope: BulkScope,
  shown: readonly BriefSummary[] | null,
  chosen: ReadonlySet<string>,
): BriefSummary[] {
  if (scope === 'filtered') return [...(shown ?? briefs)];
  if (scope === 'chosen') return briefs.filter((brief) => chosen.has(brief.id));
  return [...briefs];
}

/** "1 brief", "12 briefs". */
export function briefCount(count: number): string {
  return count === 1 ? '1 brief' : `${count} briefs`;
}
