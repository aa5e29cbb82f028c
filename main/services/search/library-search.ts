import type { IndexProgress, SearchAnswer, SearchHit, SearchQuery } from '../../../shared/api/contract';
import type { IndexDb, IndexEntry } from '../library/index-db';
import { summaryOf } from '../library/index-row';
import { type RowFilter, rowConditions, type SqlPart } from '../library/list-query';
import type { SqlValue } from '../library/sqlite';
import { FieldsCache } from './fields-cache';
import { hitSnippets } from './hit-snippets';
import { anyOf, matchExpression } from './match-expression';
import { type ParsedQuery, parseQuery, queryText } from './query-parser';
import { foldText } from './text-folding';
import { correctedQuery, FEW_MATCHES } from './typo-correction';

/** Matches are counted up to this many; beyond, the answer says "at least". */
export const COUNT_CAP = 10_000;
/**
 * Matches ranked at most: when more briefs match, the most recently changed
 * RANK_WINDOW of them are ranked (scoring costs a little for every match, so a
 * word found in most of a 100,000-brief library would otherwise take a tenth
 * of a second; the count is still given).
 */
export const RANK_WINDOW = 1_500;
/** A suggestion's matches are counted up to this many (enough to choose the likeliest). */
const CANDIDATE_COUNT_CAP = 1_000;

/** What the search borrows from the library. */
export interface SearchSource {
  /** The index with every write applied; null while a damaged one is being replaced. */
  searchable(): IndexDb | null;
  progress(): IndexProgress;
}

/** One run of a MATCH expression: the page of documents with their scores, and the count. */
interface Matches {
  page: { doc: number; score: number }[];
  total: number;
}

function rowOfNumbers(value: unknown): { doc: number; score: number } | null {
  if (typeof value !== 'object' || value === null || !('doc' in value) || !('score' in value)) return null;
  const { doc, score } = value;
  return typeof doc === 'number' && typeof score === 'number' ? { doc, score } : null;
}

function countOf(value: unknown): number {
  return typeof value === 'object' && value !== null && 'n' in value && typeof value.n === 'number' ? value.n : 0;
}

/**
 * The FROM and WHERE of the matches of `?` (a MATCH expression) passing a
 * filter, as `f.rowid` (and `f.rank`). For the live briefs with no other
 * filter, the briefs are not joined: the few in the Trash are left out by
 * document number, which costs a fraction of looking up every match's row
 * (most of a common word's count went on that).
 */
function matchesWhere(filter: RowFilter): SqlPart {
  const unfiltered =
    !filter.trash &&
    filter.status === undefined &&
    filter.tag === undefined &&
    filter.section === undefined &&
    filter.updatedAfter === undefined &&
    filter.updatedBefore === undefined;
  if (unfiltered) return { sql: 'fts f WHERE fts MATCH ? AND f.rowid NOT IN (SELECT doc FROM briefs WHERE trashed = 1)', params: [] };
  const where = rowConditions(filter, foldText);
  return { sql: `fts f JOIN briefs b ON b.doc = f.rowid WHERE fts MATCH ? AND ${where.sql}`, params: where.params };
}

/** The filters of a search: the panel's and those typed into the query. */
function rowFilter(query: SearchQuery, parsed: ParsedQuery): RowFilter {
  return {
    trash: query.trash,
    status: parsed.filters.status ?? query.status,
    tag: parsed.filters.tag ?? query.tag,
    section: parsed.filters.section ?? query.section,
    updatedAfter: query.updatedAfter,
    updatedBefore: query.updatedBefore,
  };
}

/**
 * Full-text search of the library in index.db's FTS5 table: the search is
 * parsed (query-parser.ts) into a MATCH expression of quoted strings only,
 * joined with the rows' filters in SQL, counted (up to COUNT_CAP), ranked by
 * bm25 with the columns' weights (among the RANK_WINDOW most recently
 * changed matches), and the page asked for gets its highlights and snippets
 * from the stored texts. Nothing is built at start: the index is on disk.
 */
export class LibrarySearch {
  readonly #source: SearchSource;
  /** Decoded texts of recent hits, per index.db open (a rebuilt one numbers its documents afresh). */
  readonly #texts = new WeakMap<IndexDb, FieldsCache>();

  constructor(source: SearchSource) {
    this.#source = source;
  }

  /** Briefs matching `query`, best first (no words: those passing the filters, newest first). */
  async search(query: SearchQuery): Promise<SearchAnswer> {
    const parsed = parseQuery(query.query);
    const filter = rowFilter(query, parsed);
    const index = this.#source.searchable();
    const answer: SearchAnswer = {
      results: [],
      total: 0,
      totalExact: true,
      correctedQuery: null,
      notice: parsed.notice,
      rankedAmong: null,
      index: this.#source.progress(),
    };
    if (index === null) return answer;
    if (parsed.include.length === 0) return { ...answer, ...this.#listed(index, parsed, filter, query) };

    let used = parsed;
    let matches = this.#matches(index, parsed, filter, query);
    if (matches.total < FEW_MATCHES) {
      const corrected = correctedQuery(parsed, {
        vocabulary: (from, to) => index.termsBetween(from, to),
        matchCount: (clause) => this.#count(index, { include: [clause], exclude: [] }, filter, CANDIDATE_COUNT_CAP),
      });
      if (corrected !== null) {
        const better = this.#matches(index, corrected, filter, query);
        if (better.total > matches.total) {
          used = corrected;
          matches = better;
          answer.correctedQuery = queryText(corrected);
        }
      }
    }
    const entries = index.entriesOf(matches.page.map((row) => row.doc));
    const snippets = hitSnippets(index, matches.page, used, this.#textsOf(index));
    const results: SearchHit[] = [];
    for (const { doc, score } of matches.page) {
      const entry = entries.get(doc);
      const marks = snippets.get(doc) ?? { headlineHighlights: [], snippet: { text: '', highlights: [] } };
      if (!entry) continue;
      results.push({ summary: summaryOf(entry), score: -score, ...marks });
    }
    return {
      ...answer,
      results,
      total: Math.min(matches.total, COUNT_CAP),
      totalExact: matches.total <= COUNT_CAP,
      rankedAmong: matches.total > RANK_WINDOW ? RANK_WINDOW : null,
    };
  }

  #textsOf(index: IndexDb): FieldsCache {
    let cache = this.#texts.get(index);
    if (cache === undefined) {
      cache = new FieldsCache();
      this.#texts.set(index, cache);
    }
    return cache;
  }

  /** How many briefs pass the filter and match, counting up to `cap` + 1. */
  #count(index: IndexDb, parsed: Pick<ParsedQuery, 'include' | 'exclude'>, filter: RowFilter, cap: number): number {
    const match = matchExpression(parsed);
    if (match === null) return 0;
    const where = matchesWhere(filter);
    const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${where.sql} LIMIT ?)`;
    return countOf(index.db.prepare(sql).get(match, ...where.params, cap + 1));
  }

  /** The page asked for of the matches, ranked, and how many there are. */
  #matches(index: IndexDb, parsed: ParsedQuery, filter: RowFilter, query: SearchQuery): Matches {
    const match = matchExpression(parsed);
    if (match === null) return { page: [], total: 0 };
    const total = this.#count(index, parsed, filter, COUNT_CAP);
    if (total === 0) return { page: [], total };
    const where = matchesWhere(filter);
    // Newest matches first (the index walks its document numbers backwards and stops), then ranked by bm25.
    const sql = `SELECT doc, score FROM (
        SELECT f.rowid AS doc, f.rank AS score FROM ${where.sql} ORDER BY f.rowid DESC LIMIT ?
      ) ORDER BY score, doc DESC LIMIT ? OFFSET ?`;
    const params: SqlValue[] = [match, ...where.params, RANK_WINDOW, query.limit, query.offset];
    const page = index.db
      .prepare(sql)
      .all(...params)
      .map(rowOfNumbers)
      .filter((row) => row !== null);
    return { page, total };
  }

  /** No words to look for: the rows passing the filters (and not matching an excluded word), newest first. */
  #listed(index: IndexDb, parsed: ParsedQuery, filter: RowFilter, query: SearchQuery): Pick<SearchAnswer, 'results' | 'total'> {
    const where = rowConditions(filter, foldText);
    const excluded = anyOf(parsed.exclude);
    const conditions = excluded === null ? where.sql : `${where.sql} AND b.doc NOT IN (SELECT rowid FROM fts WHERE fts MATCH ?)`;
    const params: SqlValue[] = excluded === null ? where.params : [...where.params, excluded];
    const docs = index.db
      .prepare(`SELECT b.doc AS doc, 0 AS score FROM briefs b WHERE ${conditions} ORDER BY b.updated_ms DESC, b.id LIMIT ? OFFSET ?`)
      .all(...params, query.limit, query.offset)
      .map(rowOfNumbers)
      .filter((row) => row !== null);
    const entries = index.entriesOf(docs.map((row) => row.doc));
    const total = countOf(index.db.prepare(`SELECT count(*) AS n FROM briefs b WHERE ${conditions}`).get(...params));
    const results = docs
      .map(({ doc }) => entries.get(doc))
      .filter((entry): entry is IndexEntry => entry !== undefined)
      .map((entry) => ({ summary: summaryOf(entry), score: 0, headlineHighlights: [], snippet: { text: '', highlights: [] } }));
    return { results, total };
  }
}
