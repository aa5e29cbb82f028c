import { SearchQuery } from 'prosemirror-search';

/** What the analyst typed in the find bar and the options ticked. */
export interface FindOptions {
  search: string;
  replace: string;
  caseSensitive: boolean;
  wholeWord: boolean;
  regexp: boolean;
}

/** A query ready to run, or why the pattern cannot be used (shown inline; nothing throws). */
export type BuiltQuery = { ok: true; query: SearchQuery } | { ok: false; error: string | null };

/** Flags prosemirror-search compiles a regular expression with (plus `i` unless Match case). */
export function regexpFlags(caseSensitive: boolean): string {
  return `gu${caseSensitive ? '' : 'i'}`;
}

/**
 * The prosemirror-search query for `options`. An empty search gives no query
 * and no error; an invalid regular expression gives the engine's own message.
 */
export function buildQuery(options: FindOptions): BuiltQuery {
  if (options.search === '') return { ok: false, error: null };
  if (options.regexp) {
    try {
      new RegExp(options.search, regexpFlags(options.caseSensitive));
    } catch (failure) {
      const message = failure instanceof Error ? failure.message : String(failure);
      return { ok: false, error: `Invalid pattern: ${message.replace(/^Invalid regular expression: /, '')}` };
    }
  }
  return {
    ok: true,
    query: new SearchQuery({
      search: options.search,
      replace: options.replace,
      caseSensitive: options.caseSensitive,
      wholeWord: options.wholeWord,
      regexp: options.regexp,
      // What is typed is what is searched: "\n" in the box is a backslash and an n, not a line break.
      literal: !options.regexp,
    }),
  };
}
