import type { EditorState } from '@tiptap/pm/state';
import type { SearchQuery, SearchResult } from 'prosemirror-search';
import { EDITORS_DESK } from '../editor/nodes/editors-desk';
import type { BriefContent } from '../model/brief';
import { insideSyncedDesk } from './synced-desk-range';
import { HEADER_FIELD_INFO, HEADER_FIELDS, type HeaderField, headerFieldText } from './header-fields';
import { forEachResult, searchText, type TextSearch } from './text-field-state';

/** The text attributes of an Editor's Desk, shown as fields in its block. */
export const DESK_FIELDS = ['title', 'deskName', 'series', 'publication'] as const;
export type DeskField = (typeof DESK_FIELDS)[number];

const DESK_FIELD_LABELS: Record<DeskField, string> = {
  title: 'Desk title',
  deskName: 'Desk name',
  series: 'Series',
  publication: 'Publication',
};

/** Where a match is: a header field, the body's text, or a field of the Editor's Desk at `pos`. */
export type FindPlace = { kind: 'header'; field: HeaderField } | { kind: 'body' } | { kind: 'desk'; pos: number; field: DeskField };

/** One match, in document order. `from`/`to` are body positions, or offsets into the field's text. */
export interface FindMatch {
  place: FindPlace;
  from: number;
  to: number;
  /** Inside a synced Editor's Desk block: found, but replaced only after "Edit original" or "Detach". */
  synced: boolean;
  /** Where it is, for the bar: "Headline", "Body", "Desk title"… */
  label: string;
  /** Which of its field's matches it is (fields only; -1 in the body). */
  nth: number;
  /** Its place in reading order (header fields first, then body positions). */
  order: number;
}

/** Everything one search found, with what replacing needs. */
export interface FindResults {
  matches: FindMatch[];
  /** The body results, by match index (body matches only). */
  bodyResults: Map<number, SearchResult>;
  /** Each searched field's text search, by `fieldKey`. */
  fieldSearches: Map<string, TextSearch>;
  /** The pattern matched empty text somewhere: the results are not usable. */
  emptyMatch: boolean;
}

/** Key of a header or desk field in `fieldSearches`. */
export function fieldKey(place: FindPlace): string {
  if (place.kind === 'header') return `header:${place.field}`;
  if (place.kind === 'desk') return `desk:${place.pos}:${place.field}`;
  return 'body';
}

interface Sortable {
  order: number;
  match: FindMatch;
  result?: SearchResult;
}

function deskLabel(field: DeskField): string {
  return `Editor’s Desk ${DESK_FIELD_LABELS[field].toLowerCase()}`;
}

/** A readable name for where a body position is (Key Takeaways item, Editor's Desk, body). */
function bodyLabel(state: EditorState, pos: number): string {
  const $pos = state.doc.resolve(pos);
  for (let depth = $pos.depth; depth > 0; depth -= 1) {
    const name = $pos.node(depth).type.name;
    if (name === EDITORS_DESK) return 'Editor’s Desk';
    if (name === 'keyTakeaways') return 'Key Takeaways';
  }
  return 'Body';
}

/**
 * Every match of `query` in the open brief, in reading order: the header
 * fields, then the body with each Editor's Desk's title before its text and
 * its sign-off after. Body matching is prosemirror-search's; fields use the
 * same engine on a one-line document.
 */
export function collectMatches(
  query: SearchQuery,
  content: Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>,
  state: EditorState,
): FindResults {
  const fieldSearches = new Map<string, TextSearch>();
  const found: Sortable[] = [];
  let emptyMatch = false;

  const addField = (place: FindPlace, text: string, order: number, synced: boolean, label: string): void => {
    const search = searchText(query, text);
    emptyMatch ||= search.emptyMatch;
    fieldSearches.set(fieldKey(place), search);
    search.matches.forEach(({ from, to }, nth) => found.push({ order, match: { place, from, to, synced, label, nth, order } }));
  };

  HEADER_FIELDS.forEach((field, index) => {
    addField(
      { kind: 'header', field },
      headerFieldText(content, field),
      index - HEADER_FIELDS.length,
      false,
      HEADER_FIELD_INFO[field].label,
    );
  });

  const deskType = state.schema.nodes[EDITORS_DESK];
  state.doc.descendants((node, pos) => {
    if (node.type.name !== EDITORS_DESK) return true;
    const ref: unknown = node.attrs.libraryRef;
    const synced = typeof ref === 'string' && ref !== '';
    DESK_FIELDS.forEach((field, index) => {
      const value: unknown = node.attrs[field];
      // The title sorts before the desk's text (which starts at pos + 2), the sign-off lines after it, in order.
      const order = index === 0 ? pos + 0.5 : pos + node.nodeSize - 1 + index * 0.2;
      addField({ kind: 'desk', pos, field }, typeof value === 'string' ? value : '', order, synced, deskLabel(field));
    });
    return true;
  });

  emptyMatch ||= forEachResult(query, state, (result) => {
    const synced = deskType !== undefined && insideSyncedDesk(state.doc, result.from, result.to, deskType);
    found.push({
      order: result.from,
      result,
      match: {
        place: { kind: 'body' },
        from: result.from,
        to: result.to,
        synced,
        label: bodyLabel(state, result.from),
        nth: -1,
        order: result.from,
      },
    });
  });

  found.sort((a, b) => a.order - b.order || a.match.from - b.match.from);
  const bodyResults = new Map<number, SearchResult>();
  found.forEach((entry, index) => {
    if (entry.result) bodyResults.set(index, entry.result);
  });
  return { matches: found.map((entry) => entry.match), bodyResults, fieldSearches, emptyMatch };
}
