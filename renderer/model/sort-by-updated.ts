import type { BriefSummary } from '../../shared/model/brief';

/** Newest update first; ties keep a stable order by id. */
export function sortByUpdated(briefs: readonly BriefSummary[]): BriefSummary[] {
  return [...briefs].sort((a, b) => {
    const byTime = Date.parse(b.updatedAt) - Date.parse(a.updatedAt);
    return byTime !== 0 ? byTime : a.id.localeCompare(b.id);
  });
}

/** The list with one row replaced (or added), re-sorted. */
export function upsertSummary(briefs: readonly BriefSummary[], summary: BriefSummary): BriefSummary[] {
  return sortByUpdated([summary, ...briefs.filter((brief) => brief.id !== summary.id)]);
}
