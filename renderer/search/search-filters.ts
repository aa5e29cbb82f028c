import type { ListBriefsQuery, ListSort, SearchQuery } from '../../shared/api/contract';
import type { BriefStatus } from '../../shared/model/brief';

/** The library's filters as the Filters panel holds them ('' = any). */
export interface SearchFilters {
  status: BriefStatus | '';
  tag: string;
  section: string;
  /** Updated on or after this day (YYYY-MM-DD, local time). */
  from: string;
  /** Updated on or before this day (YYYY-MM-DD, local time). */
  to: string;
}

export const NO_FILTERS: SearchFilters = { status: '', tag: '', section: '', from: '', to: '' };

/** The orders of the list, as the Sort menu names them. */
export const SORT_LABELS: Record<ListSort, string> = {
  updated: 'Last updated',
  headline: 'Headline',
  status: 'Status',
  section: 'Section',
};

/** How many filters are set (shown beside "Filters"). */
export function activeFilterCount(filters: SearchFilters): number {
  return [filters.status, filters.tag, filters.section, filters.from, filters.to].filter((value) => value !== '').length;
}

/** Whether the library shows a search or a filtered list rather than the plain list. */
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

/** The row filters of what the analyst chose, as the API takes them. */
function rowFiltersOf(
  filters: SearchFilters,
  trash: boolean,
): Pick<SearchQuery, 'trash' | 'status' | 'tag' | 'section' | 'updatedAfter' | 'updatedBefore'> {
  const query: Pick<SearchQuery, 'trash' | 'status' | 'tag' | 'section' | 'updatedAfter' | 'updatedBefore'> = { trash };
  if (filters.status !== '') query.status = filters.status;
  if (filters.tag !== '') query.tag = filters.tag;
  if (filters.section !== '') query.section = filters.section;
  const after = dayBoundary(filters.from, false);
  const before = dayBoundary(filters.to, true);
  if (after !== null) query.updatedAfter = after;
  if (before !== null) query.updatedBefore = before;
  return query;
}

/** The searchBriefs input for what the analyst typed and chose (the server cuts a very long search, with a note). */
export function searchQueryOf(text: string, filters: SearchFilters, trash: boolean): Omit<SearchQuery, 'offset' | 'limit'> {
  return { query: text.trim(), ...rowFiltersOf(filters, trash) };
}

/** The listBriefs input for the filters and order chosen (no words typed). */
export function listQueryOf(filters: SearchFilters, trash: boolean, sort: ListSort): Omit<ListBriefsQuery, 'offset' | 'limit'> {
  return { ...rowFiltersOf(filters, trash), sort };
}
