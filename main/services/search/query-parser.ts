import { BriefStatus } from '../../../shared/model/brief';
import { hasCjk } from './cjk-bigrams';
import { ftsText } from './index-document';
import { tokensOf } from './tokens';

/** The longest search used; the rest of a longer one is cut, with a note. */
export const MAX_QUERY_CHARS = 1_000;
/** Most words and phrases one search uses. */
export const MAX_CLAUSES = 32;
/** The word being typed (the last one) matches as a prefix from this many characters on. */
export const PREFIX_MIN_LENGTH = 3;

/** A word or a "quoted phrase" of a search: the words as the index has them, in order. */
export interface Clause {
  /** As typed (without quotes or minus), for "Showing results for …". */
  text: string;
  /** The index's words of it, in order (several for a phrase, or a word like "e-mail"). */
  terms: string[];
  /** Quoted by the analyst: the words must stand together, in order. */
  phrase: boolean;
  /** The last word also matches longer words it begins (the word being typed). */
  prefix: boolean;
  /** Other words that also count as a match for this (single-word) clause: a near word offered for a rare one. */
  alternatives?: string[];
}

/** A search, read: what to look for, what to leave out, and the filters typed into it. */
export interface ParsedQuery {
  include: Clause[];
  exclude: Clause[];
  filters: { tag?: string; status?: BriefStatus; section?: string };
  /** What the analyst should know about how the search was read (cut short, a filter not understood), or null. */
  notice: string | null;
}

/** Characters that are never part of a search: control and format characters (NUL, escapes, bidi overrides…). */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cs}]/gu;

interface RawPart {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** The filter it sets (`tag:`, `status:`, `section:`), if any. */
  filter: 'tag' | 'status' | 'section' | null;
}

/** Split a search into words and quoted phrases (an unclosed quote runs to the end), each perhaps negated or a filter. */
function splitParts(query: string): RawPart[] {
  const parts: RawPart[] = [];
  let at = 0;
  while (at < query.length) {
    while (at < query.length && /\s/u.test(query.charAt(at))) at += 1;
    if (at >= query.length) break;
    let negated = false;
    if (query.charAt(at) === '-' && at + 1 < query.length && !/\s/u.test(query.charAt(at + 1))) {
      negated = true;
      at += 1;
    }
    let filter: RawPart['filter'] = null;
    const rest = query.slice(at);
    const named = /^(tag|status|section):/iu.exec(rest);
    if (named?.[1] && rest.length > named[0].length && !/\s/u.test(rest.charAt(named[0].length))) {
      filter = named[1].toLowerCase() === 'tag' ? 'tag' : named[1].toLowerCase() === 'status' ? 'status' : 'section';
      at += named[0].length;
    }
    if (query.charAt(at) === '"') {
      const close = query.indexOf('"', at + 1);
      const end = close === -1 ? query.length : close;
      parts.push({ text: query.slice(at + 1, end), quoted: true, negated, filter });
      at = end + 1;
      continue;
    }
    let end = at;
    while (end < query.length && !/\s/u.test(query.charAt(end))) end += 1;
    parts.push({ text: query.slice(at, end), quoted: false, negated, filter });
    at = end;
  }
  return parts;
}

/** The status a `status:` filter names (by its value or its start: "rev" → review), or null. */
function statusNamed(text: string): BriefStatus | null {
  const wanted = text.trim().toLowerCase();
  if (wanted === '') return null;
  return BriefStatus.options.find((status) => status === wanted || status.startsWith(wanted)) ?? null;
}

/**
 * Read what the analyst typed into the search box — never as syntax of the
 * index: words (the last one, being typed, also as a prefix), "quoted
 * phrases" (an unclosed quote runs to the end), -excluded words or phrases,
 * and tag:, status: and section: filters (values may be quoted). Everything
 * else — *, ( ), NEAR, AND/OR, ^, : and control characters — is just text,
 * split into words the way the index splits it. A search longer than
 * MAX_QUERY_CHARS is cut, and one of more than MAX_CLAUSES words, with a note.
 */
export function parseQuery(raw: string): ParsedQuery {
  const notes: string[] = [];
  let query = raw.replace(INVISIBLE, ' ');
  if (query.length > MAX_QUERY_CHARS) {
    query = query.slice(0, MAX_QUERY_CHARS);
    notes.push(`The search was cut to its first ${MAX_QUERY_CHARS.toLocaleString('en-US')} characters.`);
  }
  const parsed: ParsedQuery = { include: [], exclude: [], filters: {}, notice: null };
  for (const part of splitParts(query)) {
    if (part.filter !== null && !part.negated) {
      const value = part.text.trim();
      if (part.filter === 'status') {
        const status = statusNamed(value);
        if (status) parsed.filters.status = status;
        else notes.push(`“${value}” is not a status (draft, review, ready or published): it was left out.`);
      } else if (value !== '') {
        parsed.filters[part.filter] = value;
      }
      continue;
    }
    // Split the way the index splits text (CJK runs into character pairs), so every term can match.
    const terms = tokensOf(ftsText(part.text)).map((token) => token.term);
    if (terms.length === 0) continue;
    const clause: Clause = { text: part.text, terms, phrase: part.quoted, prefix: false };
    (part.negated ? parsed.exclude : parsed.include).push(clause);
  }
  if (parsed.include.length + parsed.exclude.length > MAX_CLAUSES) {
    parsed.include = parsed.include.slice(0, MAX_CLAUSES);
    parsed.exclude = parsed.exclude.slice(0, Math.max(0, MAX_CLAUSES - parsed.include.length));
    notes.push(`Only the first ${MAX_CLAUSES} words of the search were used.`);
  }
  const last = parsed.include.at(-1);
  const lastTerm = last?.terms.at(-1) ?? '';
  // The word being typed: a prefix once it is long enough to narrow things down (a single CJK character always is).
  if (last && !last.phrase && ([...lastTerm].length >= PREFIX_MIN_LENGTH || (hasCjk(lastTerm) && [...lastTerm].length === 1))) {
    last.prefix = true;
  }
  parsed.notice = notes.length > 0 ? notes.join(' ') : null;
  return parsed;
}

/** The search as it reads with some clauses replaced (for "Showing results for …"). */
export function queryText(parsed: ParsedQuery): string {
  const clause = (each: Clause, negated: boolean): string => {
    const text = each.phrase ? `"${each.text}"` : each.text;
    const written = each.alternatives && each.alternatives.length > 0 ? [text, ...each.alternatives].join(' or ') : text;
    return `${negated ? '-' : ''}${written}`;
  };
  const filters = Object.entries(parsed.filters).map(([name, value]) => (/\s/u.test(value) ? `${name}:"${value}"` : `${name}:${value}`));
  return [...parsed.include.map((each) => clause(each, false)), ...parsed.exclude.map((each) => clause(each, true)), ...filters].join(' ');
}
