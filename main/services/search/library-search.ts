import type { IndexProgress, SearchAnswer, SearchHit, SearchQuery } from '../../../shared/api/contract';
import type { IndexDb, IndexEntry } from '../library/index-db';
import { summaryOf } from '../library/index-row';
import { type RowFilter, rowConditions } from '../library/list-query';
import type { SqlValue } from '../library/sqlite';
import { FieldsCache } from './fields-cache';
import { hitSnippets } from './hit-snippets';
import { anyOf } from './match-expression';
import { vocabularyCompleter } from './prefix-completion';
import { type ParsedQuery, parseQuery, queryText } from './query-parser';
import { type MatchQuery, type RankedDoc, RankedMatches } from './ranked-matches';
import { foldText } from './text-folding';
import { correctedQuery, FEW_MATCHES } from './typo-correction';

/**
 * Matches are counted up to this many; beyond, the answer says "at least"
 * ("1,000+ briefs"). Counting reads every match's entry, so a word found in
 * most of a large library is not counted to the end.
 */
export const COUNT_CAP = 1_000;
/**
 * Matches ranked at most: when more briefs match, the most recently changed
 * RANK_WINDOW of them are ranked and listed (scoring costs a little for every
 * match, so a word found in most of a 100,000-brief library would otherwise
 * take a tenth of a second). As many as are counted, so every brief the count
 * speaks of can be reached in the list.
 */
export const RANK_WINDOW = COUNT_CAP;
/** A suggestion's matches are counted up to this many (enough to choose the likeliest). */
const CANDIDATE_COUNT_CAP = 100;

/** What the search borrows from the library. */
export interface SearchSource {
  /** The index with every write applied; null while a damaged one is being replaced. */
  searchable(): IndexDb | null;
  progress(): IndexProgress;
}

/** One search's matches: the page asked for, best first, and how many there are (counted up to COUNT_CAP + 1). */
interface Matches {
  page: RankedDoc[];
  total: number;
}

function countOf(value: unknown): number {
  return typeof value === 'object' && value !== null && 'n' in value && typeof value.n === 'number' ? value.n : 0;
}

function rowOfNumbers(value: unknown): RankedDoc | null {
  if (typeof value !== 'object' || value === null || !('doc' in value) || !('score' in value)) return null;
  const { doc, score } = value;
  return typeof doc === 'number' && typeof score === 'number' ? { doc, score } : null;
}

/** Index states in which the vocabulary holds every word of the index (it is filled at the end of a rebuild). */
const VOCABULARY_COMPLETE: ReadonlySet<IndexProgress['state']> = new Set(['ready', 'checking', 'updating']);

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
 * parsed (query-parser.ts) into a MATCH expression of quoted strings only
 * (the word being typed completed from the vocabulary, prefix-completion.ts),
 * joined with the rows' filters in SQL, counted (up to COUNT_CAP), ranked by
 * bm25 with the columns' weights (among the RANK_WINDOW most recently changed
 * matches, ranked-matches.ts), and the page asked for gets its highlights and
 * snippets from the stored texts. Nothing is built at start: the index is on disk.
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
    const progress = this.#source.progress();
    const answer: SearchAnswer = {
      results: [],
      total: 0,
      totalExact: true,
      correctedQuery: null,
      notice: parsed.notice,
      rankedAmong: null,
      index: progress,
    };
    if (index === null) return answer;
    if (parsed.include.length === 0) return { ...answer, ...this.#listed(index, parsed, filter, query) };

    const ranked = new RankedMatches(index, filter);
    const complete = VOCABULARY_COMPLETE.has(progress.state)
      ? vocabularyCompleter((from, to, limit) => index.termsBetween(from, to, limit))
      : undefined;
    let used = parsed;
    let matches = this.#matches(ranked, { parsed, complete }, query);
    if (matches.total < FEW_MATCHES) {
      const single = parsed.include.length === 1 && parsed.exclude.length === 0;
      const corrected = correctedQuery(parsed, {
        vocabulary: (from, to) => index.termsBetween(from, to),
        // The search's one word was just counted.
        matchCount: (clause) =>
          single && clause === parsed.include[0]
            ? matches.total
            : ranked.count({ parsed: { include: [clause], exclude: [] }, complete }, CANDIDATE_COUNT_CAP),
      });
      if (corrected !== null) {
        const better = this.#matches(ranked, { parsed: corrected, complete }, query);
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

  /** The page asked for of the matches, ranked, and how many there are. */
  #matches(ranked: RankedMatches, match: MatchQuery, query: SearchQuery): Matches {
    const total = ranked.count(match, COUNT_CAP);
    if (total === 0) return { page: [], total };
    return { page: ranked.page(match, total, RANK_WINDOW, query.limit, query.offset), total };
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
