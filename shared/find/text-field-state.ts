import { Schema } from '@tiptap/pm/model';
import { EditorState } from '@tiptap/pm/state';
import type { SearchQuery, SearchResult } from 'prosemirror-search';

/** One plain-text line, so a header or desk field is searched by the same engine as the body. */
const lineSchema = new Schema({
  nodes: {
    doc: { content: 'line' },
    line: { content: 'text*', toDOM: () => ['p', 0] },
    text: {},
  },
});

/** Text starts at position 1 of a line document. */
const TEXT_START = 1;

function lineState(text: string): EditorState {
  const line = lineSchema.node('line', null, text === '' ? [] : [lineSchema.text(text)]);
  return EditorState.create({ doc: lineSchema.node('doc', null, [line]) });
}

/** A match in a plain text, as character offsets. */
export interface TextMatch {
  from: number;
  to: number;
}

/** What searching a plain text found: its matches, or that the pattern matched empty text there. */
export interface TextSearch {
  matches: TextMatch[];
  results: SearchResult[];
  state: EditorState;
  emptyMatch: boolean;
}

/**
 * Calls `visit` with each match of `query` in `state`, in order. Returns true
 * when the pattern matched empty text — the search stops there, as such a
 * pattern would match between every two characters.
 */
export function forEachResult(query: SearchQuery, state: EditorState, visit: (result: SearchResult) => void): boolean {
  for (let pos = 0; ;) {
    const result = query.findNext(state, pos);
    if (!result) return false;
    if (result.to === result.from) return true;
    visit(result);
    pos = result.to;
  }
}

/** Every match of `query` in `text` (offsets into the text), with the same case, word and regex rules as the body. */
export function searchText(query: SearchQuery, text: string): TextSearch {
  const state = lineState(text);
  const matches: TextMatch[] = [];
  const results: SearchResult[] = [];
  const emptyMatch = forEachResult(query, state, (result) => {
    results.push(result);
    matches.push({ from: result.from - TEXT_START, to: result.to - TEXT_START });
  });
  return { matches, results, state, emptyMatch };
}

/** `text` with the given matches (from searchText, in order) replaced by the query's replacement, `$1` groups expanded. */
export function replaceInText(query: SearchQuery, search: TextSearch, which: readonly number[]): string {
  let text = search.state.doc.textContent;
  const ranges = which
    .flatMap((index) => {
      const result = search.results[index];
      return result ? query.getReplacements(search.state, result) : [];
    })
    .sort((a, b) => b.from - a.from);
  for (const range of ranges) {
    const insert = range.insert.content.textBetween(0, range.insert.content.size);
    text = text.slice(0, range.from - TEXT_START) + insert + text.slice(range.to - TEXT_START);
  }
  return text;
}
