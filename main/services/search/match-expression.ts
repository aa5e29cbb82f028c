import type { Clause, ParsedQuery } from './query-parser';
import type { Completer } from './prefix-completion';

/** An FTS5 string literal: the text in double quotes, its quotes doubled. Inside one, nothing is an operator. */
function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/** Alternatives OR'ed (one alone as it is). */
function either(parts: readonly string[]): string {
  return parts.length === 1 ? parts.join('') : `(${parts.join(' OR ')})`;
}

/**
 * Words as one quoted phrase; when `prefix`, its last word also matches the
 * longer words it begins: as the words `complete` gives for it, each OR'ed,
 * or FTS5's own prefix search (`*`) when it gives none.
 */
function phraseExpression(terms: readonly string[], prefix: boolean, complete?: Completer): string {
  const last = terms.at(-1);
  const words = prefix && last !== undefined ? (complete?.(last) ?? null) : null;
  if (!prefix) return ftsString(terms.join(' '));
  if (words === null || words.length === 0) return `${ftsString(terms.join(' '))}${words === null ? ' *' : ''}`;
  const head = terms.slice(0, -1);
  return either(words.map((word) => ftsString([...head, word].join(' '))));
}

/** One clause as FTS5 syntax: its terms as one quoted phrase, its last word as a prefix when it is being typed; any alternative words OR'ed in. */
export function clauseExpression(clause: Clause, complete?: Completer): string {
  const own = phraseExpression(clause.terms, clause.prefix, complete);
  const alternatives = (clause.alternatives ?? []).map((word) => phraseExpression([word], clause.prefix, complete));
  return alternatives.length === 0 ? own : `(${[own, ...alternatives].join(' OR ')})`;
}

/** Clauses any of which may match, as FTS5 syntax (null for none). */
export function anyOf(clauses: readonly Clause[], complete?: Completer): string | null {
  const parts = clauses.map((clause) => clauseExpression(clause, complete));
  return parts.length === 0 ? null : either(parts);
}

/**
 * The MATCH expression of a search: every included clause (AND), none of the
 * excluded ones (NOT … OR …), built only from quoted strings of the index's
 * own words — whatever was typed, it cannot be read as syntax. The word being
 * typed stands for the vocabulary's words `complete` gives for it, or is an
 * FTS5 prefix. Null when nothing is included (an exclusion alone is handled
 * outside MATCH).
 */
export function matchExpression(parsed: Pick<ParsedQuery, 'include' | 'exclude'>, complete?: Completer): string | null {
  if (parsed.include.length === 0) return null;
  const included = parsed.include.map((clause) => clauseExpression(clause, complete)).join(' AND ');
  const excluded = anyOf(parsed.exclude, complete);
  return excluded === null ? included : `(${included}) NOT ${excluded}`;
}
