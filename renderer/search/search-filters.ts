import type { SearchQuery } from '../../shared/api/contract';
import type { BriefStatus, BriefSummary } from '../../shared/model/brief';

/** The library's search filters as the Filters panel holds them ('' = any). */
export interface SearchFilters {
  status: BriefStatus | '';
  tag: string;
  /** Updated on or after this day (YYYY-MM-DD, local time). */
  from: string;
  /** Updated on or before this day (YYYY-MM-DD, local time). */
  to: string;
}

export const NO_FILTERS: SearchFilters = { status: '', tag: '', from: '', to: '' };

/** How many filters are set (shown beside "Filters"). */
export function activeFilterCount(filters: SearchFilters): number {
  return [filters.status, filters.tag, filters.from, filters.to].filter((value) => value !== '').length;
}

/** Whether the library shows search results rather than the plain list. */
export function isSearching(text: string, filters: SearchFilters): boolean {
  return text.trim() !== '' || activeFilterCount(filters) > 0;
}

/** Start (or, with `endOfDay`, the last millisecond) of a local day as an ISO time; null for '' or a bad date. */
function dayBoundary(day: string, endOfDay: boolean): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return null;
  const date = endOfDay
    ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59, 999)
    : new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** The searchBriefs input for what the analyst typed and chose. */
export function searchQueryOf(text: string, filters: SearchFilters, trash: boolean, limit: number): SearchQuery {
  const query: SearchQuery = { query: text.trim().slice(0, 500), trash, limit };
  if (filters.status !== '') query.status = filters.status;
  if (filters.tag !== '') query.tag = filters.tag;
  const after = dayBoundary(filters.from, false);
  const before = dayBoundary(filters.to, true);
  if (after !== null) query.updatedAfter = after;
  if (before !== null) query.updatedBefore = before;
  return query;
}

/** Every tag used in the library, once (case-insensitively), sorted. */
export function libraryTags(briefs: readonly BriefSummary[]): string[] {
  const tags = new Map<string, string>();
  for (const brief of briefs) {
    for (const tag of brief.tags) {
      const key = tag.toLocaleLowerCase();
      if (!tags.has(key)) tags.set(key, tag);
    }
  }
  return [...tags.values()].sort((a, b) => a.localeCompare(b, undefined, { sensitivity: 'base' }));
}
