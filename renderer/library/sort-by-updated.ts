import type { BriefSummary } from '../../shared/model/brief';

/** Newest update first; ties keep a stable order by id. */
export function sortByUpdated(briefs: readonly BriefSummary[]): BriefSummary[] {
  // Each date is parsed once, not in every comparison (10,000 briefs: 10,000 parses instead of ~270,000).
  return briefs
    .map((brief) => ({ brief, time: Date.parse(brief.updatedAt) }))
    .sort((a, b) => b.time - a.time || a.brief.id.localeCompare(b.brief.id))
    .map((each) => each.brief);
}

/** The list with one row replaced (or added), re-sorted. */
export function upsertSummary(briefs: readonly BriefSummary[], summary: BriefSummary): BriefSummary[] {
  return sortByUpdated([summary, ...briefs.filter((brief) => brief.id !== summary.id)]);
}
