import type { IndexDb } from '../library/index-db';
import { type RowFilter, rowConditions, type SqlPart } from '../library/list-query';
import type { SqlValue } from '../library/sqlite';
import { matchExpression } from './match-expression';
import type { Completer } from './prefix-completion';
import type { ParsedQuery } from './query-parser';
import { foldText } from './text-folding';

/** A ranked document: its number and bm25 score (lower is better, as SQLite gives it). */
export interface RankedDoc {
  doc: number;
  score: number;
}

/** What to look for: the included and excluded clauses, and the words each word being typed stands for. */
export interface MatchQuery {
  parsed: Pick<ParsedQuery, 'include' | 'exclude'>;
  complete?: Completer;
}

function rankedDoc(value: unknown): RankedDoc | null {
  if (typeof value !== 'object' || value === null || !('doc' in value) || !('score' in value)) return null;
  const { doc, score } = value;
  return typeof doc === 'number' && typeof score === 'number' ? { doc, score } : null;
}

function numberIn(value: unknown, key: string): number | null {
  if (typeof value !== 'object' || value === null || !(key in value)) return null;
  const found: unknown = Reflect.get(value, key);
  return typeof found === 'number' ? found : null;
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

/**
 * The word being typed, when it is itself a word of the library and longer
 * words begin with it ("bank": bank, banks, banking): the search split in
 * two — the briefs with the word as typed, and those with only longer ones.
 * Ranked as one, bm25 would put the rarer longer words first (each word
 * counts by its rarity), above briefs with the very word typed.
 */
function typedWordSplit(query: MatchQuery): { exact: MatchQuery; longer: MatchQuery } | null {
  const { parsed, complete } = query;
  const last = parsed.include.at(-1);
  const word = last?.terms.at(-1);
  if (!last?.prefix || word === undefined || complete === undefined || (last.alternatives ?? []).length > 0) return null;
  const words = complete(word);
  if (words === null || words.length < 2 || !words.includes(word)) return null;
  const asTyped = { ...last, prefix: false };
  return {
    exact: { parsed: { include: [...parsed.include.slice(0, -1), asTyped], exclude: parsed.exclude }, complete },
    longer: {
      parsed: { include: parsed.include, exclude: [...parsed.exclude, asTyped] },
      complete: (prefix) => (prefix === word ? words.filter((each) => each !== word) : complete(prefix)),
    },
  };
}

/**
 * Matches of a search in index.db's FTS5 table, passing the rows' filters:
 * counted up to a cap, and a page of them ranked by bm25 with the columns'
 * weights among the `window` most recently changed.
 */
export class RankedMatches {
  readonly #index: IndexDb;
  readonly #where: SqlPart;

  constructor(index: IndexDb, filter: RowFilter) {
    this.#index = index;
    this.#where = matchesWhere(filter);
  }

  /** How many briefs match, counting up to `cap` + 1 (only those numbered `since` or more). */
  count(query: MatchQuery, cap: number, since = 0): number {
    const match = matchExpression(query.parsed, query.complete);
    if (match === null) return 0;
    const sql = `SELECT count(*) AS n FROM (SELECT 1 FROM ${this.#where.sql} AND f.rowid >= ? LIMIT ?)`;
    return numberIn(this.#index.db.prepare(sql).get(match, ...this.#where.params, since, cap + 1), 'n') ?? 0;
  }

  /**
   * The page `offset`, `limit` of the matches, best first, among the `window`
   * most recently changed ones (`total`: how many match, as counted). When
   * the word being typed is a word of the library, the briefs with it come
   * first, then those with only longer words beginning with it.
   */
  page(query: MatchQuery, total: number, window: number, limit: number, offset: number): RankedDoc[] {
    const since = total > window ? this.#windowStart(query, window) : 0;
    const split = typedWordSplit(query);
    if (split === null) return this.#ranked(query, since, window, limit, offset);
    const exact = this.count(split.exact, window, since);
    const first = offset < exact ? this.#ranked(split.exact, since, window, limit, offset) : [];
    const rest = limit - first.length;
    return rest > 0 ? [...first, ...this.#ranked(split.longer, since, window, rest, Math.max(0, offset - exact))] : first;
  }

  /** The document number of the `window`-th most recently changed match (document numbers grow with each change). */
  #windowStart(query: MatchQuery, window: number): number {
    const match = matchExpression(query.parsed, query.complete);
    if (match === null) return 0;
    const sql = `SELECT f.rowid AS doc FROM ${this.#where.sql} ORDER BY f.rowid DESC LIMIT 1 OFFSET ?`;
    return numberIn(this.#index.db.prepare(sql).get(match, ...this.#where.params, window - 1), 'doc') ?? 0;
  }

  #ranked(query: MatchQuery, since: number, window: number, limit: number, offset: number): RankedDoc[] {
    const match = matchExpression(query.parsed, query.complete);
    if (match === null) return [];
    // Newest matches first (the index walks its document numbers backwards and stops), then ranked by bm25.
    const sql = `SELECT doc, score FROM (
        SELECT f.rowid AS doc, f.rank AS score FROM ${this.#where.sql} AND f.rowid >= ? ORDER BY f.rowid DESC LIMIT ?
      ) ORDER BY score, doc DESC LIMIT ? OFFSET ?`;
    const params: SqlValue[] = [match, ...this.#where.params, since, window, limit, offset];
    return this.#index.db
      .prepare(sql)
      .all(...params)
      .map(rankedDoc)
      .filter((row) => row !== null);
  }
}
