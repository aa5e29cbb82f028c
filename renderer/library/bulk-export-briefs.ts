import type { BriefdeskApi } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { isSearching, listQueryOf, type SearchFilters, searchQueryOf } from '../search/search-filters';

/** Rows asked for at once when every brief of a list is needed. */
const BATCH = 1000;

/** What Export briefs offers: every live brief, and those the list shows when it is searched or filtered (null otherwise). */
export interface BulkExportBriefs {
  briefs: BriefSummary[];
  shown: BriefSummary[] | null;
}

/**
 * Every live brief (newest first) and, when the list is searched or
 * filtered, the briefs it shows in its order (a search: every match it can
 * list, best first), read from the index in batches — only when Export
 * briefs is opened, never with the list.
 */
export async function loadBulkExportBriefs(
  api: Pick<BriefdeskApi, 'listBriefs' | 'searchBriefs'>,
  text: string,
  filters: SearchFilters,
): Promise<BulkExportBriefs> {
  const briefs = (await api.listBriefs({ trash: false })).briefs;
  if (!isSearching(text, filters)) return { briefs, shown: null };
  if (text.trim() === '') return { briefs, shown: (await api.listBriefs(listQueryOf(filters, false, 'updated'))).briefs };
  const shown: BriefSummary[] = [];
  for (let offset = 0; ; offset += BATCH) {
    const answer = await api.searchBriefs({ ...searchQueryOf(text, filters, false), offset, limit: BATCH });
    shown.push(...answer.results.map((hit) => hit.summary));
    if (answer.results.length < BATCH || shown.length >= answer.total) break;
  }
  return { briefs, shown };
}
