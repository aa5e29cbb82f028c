import type { BriefSummary } from '../../shared/model/brief';

/** Briefs whose headline, section or a tag contains the query (case-insensitive). */
export function filterBriefs(briefs: readonly BriefSummary[], query: string): BriefSummary[] {
  const needle = query.trim().toLocaleLowerCase();
  if (needle === '') return [...briefs];
  return briefs.filter((brief) =>
    [brief.headline, brief.section, ...brief.tags].some((field) => field.toLocaleLowerCase().includes(needle)),
  );
}
