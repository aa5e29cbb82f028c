import type { SearchHit } from '../../../shared/api/contract';
import type { IndexDb } from '../library/index-db';
import { type BriefFields, SEARCH_FIELDS } from './brief-fields';
import type { FieldsCache } from './fields-cache';
import { MatchedWords, snippetAround } from './highlight';
import { unpackFields } from './index-document';
import type { ParsedQuery } from './query-parser';

/** What a hit shows of the match: the headline's matched words and a snippet of the best other field. */
export type HitMarks = Pick<SearchHit, 'headlineHighlights' | 'snippet'>;

/** The words a search marks: every word of its included clauses, the last one as a prefix when it is being typed. */
export function matchedWordsOf(parsed: Pick<ParsedQuery, 'include'>): MatchedWords {
  const terms: string[] = [];
  const prefixes: string[] = [];
  for (const clause of parsed.include) {
    const last = clause.terms.length - 1;
    clause.terms.forEach((term, at) => (clause.prefix && at === last ? prefixes : terms).push(term));
    (clause.prefix ? prefixes : terms).push(...(clause.alternatives ?? []));
  }
  return new MatchedWords(terms, prefixes);
}

/** The headline's matched words, and a snippet of the field (not the headline) with the most of them; ties by field order. */
export function marksOf(fields: BriefFields, matched: MatchedWords): HitMarks {
  let best: { field: keyof BriefFields; ranges: ReturnType<MatchedWords['ranges']> } | null = null;
  for (const field of SEARCH_FIELDS) {
    if (field === 'headline') continue;
    const ranges = matched.ranges(fields[field]);
    if (ranges.length > 0 && (best === null || ranges.length > best.ranges.length)) best = { field, ranges };
  }
  const snippet = best ? snippetAround(fields[best.field], best.ranges) : null;
  return { headlineHighlights: matched.ranges(fields.headline), snippet: snippet ?? { text: '', highlights: [] } };
}

/**
 * The marks of each document of a page of results, from the texts index.db
 * keeps (decoded once, then taken from `cache` while it keeps them).
 */
export function hitSnippets(
  index: IndexDb,
  page: readonly { doc: number }[],
  parsed: Pick<ParsedQuery, 'include'>,
  cache: FieldsCache,
): Map<number, HitMarks> {
  const marks = new Map<number, HitMarks>();
  if (page.length === 0) return marks;
  const matched = matchedWordsOf(parsed);
  const missing: number[] = [];
  for (const { doc } of page) {
    const fields = cache.get(doc);
    if (fields) marks.set(doc, marksOf(fields, matched));
    else missing.push(doc);
  }
  if (missing.length === 0) return marks;
  const rows = index.db.prepare(`SELECT doc, data FROM texts WHERE doc IN (${missing.map(() => '?').join(', ')})`).all(...missing);
  for (const row of rows) {
    if (typeof row !== 'object' || row === null || !('doc' in row) || !('data' in row)) continue;
    const { doc, data } = row;
    if (typeof doc !== 'number' || typeof data !== 'string') continue;
    const fields = unpackFields(data);
    if (!fields) continue;
    cache.set(doc, fields);
    marks.set(doc, marksOf(fields, matched));
  }
  return marks;
}
