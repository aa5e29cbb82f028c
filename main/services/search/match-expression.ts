import type { Clause, ParsedQuery } from './query-parser';

/** An FTS5 string literal: the text in double quotes, its quotes doubled. Inside one, nothing is an operator. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** One clause as FTS5 syntax: its terms as one quoted phrase, `*` after it when its last word is a prefix; any alternative words OR'ed in. */
export function clauseExpression(clause: Clause): string {
  const own = `${ftsString(clause.terms.join(' '))}${clause.prefix ? ' *' : ''}`;
  const alternatives = clause.alternatives ?? [];
  if (alternatives.length === 0) return own;
  return `(${[own, ...alternatives.map((word) => `${ftsString(word)}${clause.prefix ? ' *' : ''}`)].join(' OR ')})`;
}

/** Clauses any of which may match, as FTS5 syntax (null for none). */
export function anyOf(clauses: readonly Clause[]): string | null {
  const parts = clauses.map(clauseExpression);
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts.join('') : `(${parts.join(' OR ')})`;
}

/**
 * The MATCH expression of a search: every included clause (AND), none of the
 * excluded ones (NOT … OR …), built only from quoted strings of the index's
 * own words — whatever was typed, it cannot be read as syntax. Null when
 * nothing is included (an exclusion alone is handled outside MATCH).
 */
export function matchExpression(parsed: Pick<ParsedQuery, 'include' | 'exclude'>): string | null {
  if (parsed.include.length === 0) return null;
  const included = parsed.include.map(clauseExpression).join(' AND ');
  const excluded = anyOf(parsed.exclude);
  return excluded === null ? included : `(${included}) NOT ${excluded}`;
}
