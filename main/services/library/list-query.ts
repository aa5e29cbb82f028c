import type { BriefStatus } from '../../../shared/model/brief';
import type { SqlValue } from './sqlite';

/** The orders the library list can be sorted in. */
export type ListSort = 'updated' | 'headline' | 'status' | 'section';

/** Which rows of the library a list or a search takes. */
export interface RowFilter {
  /** The Trash instead of the live briefs. */
  trash: boolean;
  status?: BriefStatus | undefined;
  /** A tag, matched case- and accent-insensitively. */
  tag?: string | undefined;
  /** A section, matched case- and accent-insensitively. */
  section?: string | undefined;
  /** Updated at or after this moment (ISO). */
  updatedAfter?: string | undefined;
  /** Updated at or before this moment (ISO). */
  updatedBefore?: string | undefined;
}

/** A window of the library list. */
export interface ListQuery extends RowFilter {
  sort: ListSort;
  offset: number;
  /** Rows at most; null for all of them. */
  limit: number | null;
}

/** A piece of SQL and the values of its `?`s, in order. */
export interface SqlPart {
  sql: string;
  params: SqlValue[];
}

/** How each status sorts: the order a brief goes through them. */
export const STATUS_RANK: Record<BriefStatus, number> = { draft: 0, review: 1, ready: 2, published: 3 };

/** Sorts after every real key: rows without a headline or section come last. */
const EMPTY_KEY_LAST = '\uffff';

/** The key a headline, section or tag is sorted and matched by: case and accents folded, spaces trimmed. */
export function sortKey(text: string, fold: (text: string) => string): string {
  const key = fold(text.trim()).toLowerCase();
  return key === '' ? EMPTY_KEY_LAST : key;
}

const ORDER_BY: Record<ListSort, string> = {
  updated: 'b.updated_ms DESC, b.id',
  headline: 'b.headline_key, b.id',
  status: 'b.status_rank, b.updated_ms DESC, b.id',
  section: 'b.section_key, b.updated_ms DESC, b.id',
};

/** The ORDER BY of a sort (rows are `b`). */
export function orderBy(sort: ListSort): string {
  return ORDER_BY[sort];
}

/**
 * The WHERE conditions of a filter on the briefs table (aliased `b`), every
 * value bound as a parameter. `fold` folds a tag or section the way its key
 * was stored.
 */
export function rowConditions(filter: RowFilter, fold: (text: string) => string): SqlPart {
  const conditions = ['b.trashed = ?'];
  const params: SqlValue[] = [filter.trash ? 1 : 0];
  if (filter.status !== undefined) {
    conditions.push('b.status = ?');
    params.push(filter.status);
  }
  if (filter.tag !== undefined) {
    conditions.push('b.doc IN (SELECT doc FROM brief_tags WHERE tag_key = ?)');
    params.push(sortKey(filter.tag, fold));
  }
  if (filter.section !== undefined) {
    conditions.push('b.section_key = ?');
    params.push(sortKey(filter.section, fold));
  }
  const after = filter.updatedAfter === undefined ? Number.NaN : Date.parse(filter.updatedAfter);
  if (!Number.isNaN(after)) {
    conditions.push('b.updated_ms >= ?');
    params.push(after);
  }
  const before = filter.updatedBefore === undefined ? Number.NaN : Date.parse(filter.updatedBefore);
  if (!Number.isNaN(before)) {
    conditions.push('b.updated_ms <= ?');
    params.push(before);
  }
  return { sql: conditions.join(' AND '), params };
}

/** The SELECT of a window of the list and the SELECT of how many rows pass its filter. */
export function listStatements(query: ListQuery, columns: string, fold: (text: string) => string): { rows: SqlPart; count: SqlPart } {
  const where = rowConditions(query, fold);
  const limit = query.limit === null ? -1 : query.limit;
  return {
    rows: {
      sql: `SELECT ${columns} FROM briefs b WHERE ${where.sql} ORDER BY ${orderBy(query.sort)} LIMIT ? OFFSET ?`,
      params: [...where.params, limit, query.offset],
    },
    count: { sql: `SELECT count(*) AS n FROM briefs b WHERE ${where.sql}`, params: where.params },
  };
}
