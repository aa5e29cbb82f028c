import { EditorState } from '@tiptap/pm/state';
import type { SearchQuery, SearchResult } from 'prosemirror-search';
import { bodySchema } from '../editor/body-extensions';
import { EDITORS_DESK } from '../editor/nodes/editors-desk/editors-desk';
import { TAKEAWAY } from '../editor/nodes/key-takeaways/key-takeaways';
import { BodyDoc, type BriefContent } from '../model/brief';
import { collectMatches, type FindMatch, type FindResults, fieldKey } from './find-matches';
import { planReplace } from './find-replace';
import { HEADER_FIELD_INFO, headerPatch } from './header-fields';

/** Characters of context shown on each side of a match. */
const CONTEXT = 40;

type Header = Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>;

/** One match as a preview row shows it: where, the text around it and what it becomes. */
export interface ContentHit {
  /** Its place among the content's matches (reading order). */
  index: number;
  /** Where it is: "Headline", "Body", "Key Takeaways", "Editor’s Desk title"… */
  label: string;
  before: string;
  match: string;
  after: string;
  /** The replacement, `$1` groups expanded. */
  replacement: string;
  /** Inside a desk synced from the desk library: its block id. */
  libraryRef: string | null;
  /** What replacing it would leave blank ("Key Takeaways item", "Headline"…), or null. */
  empties: string | null;
}

/** A searched brief content (or desk block): what replacing needs. */
export interface ContentSearch {
  query: SearchQuery;
  header: Header;
  state: EditorState;
  results: FindResults;
}

/** The body document as an editor state of the shared schema (no view, so it runs in Node). */
export function bodyState(body: BodyDoc): EditorState {
  return EditorState.create({ doc: bodySchema().nodeFromJSON(body) });
}

/** The texts a pattern runs over in this content: header fields, every textblock and the desk fields. */
export function searchedTexts(header: Header, state: EditorState): string[] {
  const texts = [
    header.headline,
    header.standfirst,
    header.byline,
    header.hero?.alt ?? '',
    header.hero?.caption ?? '',
    header.hero?.credit ?? '',
  ];
  state.doc.descendants((node) => {
    if (node.isTextblock) texts.push(node.textContent);
    if (node.type.name === EDITORS_DESK) {
      for (const value of Object.values(node.attrs)) if (typeof value === 'string') texts.push(value);
    }
    return !node.isTextblock;
  });
  return texts.filter((text) => text !== '');
}

/** The last CONTEXT characters of a text, with "…" where it was cut. */
function contextBefore(text: string): string {
  return text.length > CONTEXT ? `…${text.slice(-CONTEXT)}` : text;
}

/** The first CONTEXT characters of a text, with "…" where it was cut. */
function contextAfter(text: string): string {
  return text.length > CONTEXT ? `${text.slice(0, CONTEXT)}…` : text;
}

/** The text a match becomes: its replacement ranges applied (groups kept or moved as prosemirror-search does). */
function replacementOf(query: SearchQuery, state: EditorState, result: SearchResult): string {
  const tr = state.tr;
  for (const range of [...query.getReplacements(state, result)].reverse()) tr.replace(range.from, range.to, range.insert);
  return tr.doc.textBetween(result.from, tr.mapping.map(result.to), ' ', ' ');
}

function deskRefAt(state: EditorState, pos: number): string | null {
  const $pos = state.doc.resolve(pos);
  for (let depth = $pos.depth; depth >= 0; depth -= 1) {
    const node = $pos.node(depth);
    if (node.type.name === EDITORS_DESK) {
      const ref: unknown = node.attrs.libraryRef;
      return typeof ref === 'string' && ref !== '' ? ref : null;
    }
  }
  return null;
}

function bodyHit(search: ContentSearch, match: FindMatch, index: number): ContentHit | null {
  const { query, state, results } = search;
  const result = results.bodyResults.get(index);
  if (!result) return null;
  const doc = state.doc;
  const $from = doc.resolve(match.from);
  const start = $from.start();
  const end = $from.end();
  const replacement = replacementOf(query, state, result);
  const left = doc.textBetween(start, match.from, ' ', ' ');
  const right = doc.textBetween(match.to, end, ' ', ' ');
  const blank = `${left}${replacement}${right}`.trim() === '';
  return {
    index,
    label: match.label,
    before: contextBefore(left),
    match: doc.textBetween(match.from, match.to, ' ', ' '),
    after: contextAfter(right),
    replacement,
    libraryRef: match.synced ? deskRefAt(state, match.from) : null,
    empties: blank && $from.parent.type.name === TAKEAWAY ? 'Key Takeaways item' : null,
  };
}

function fieldHit(search: ContentSearch, match: FindMatch, index: number): ContentHit | null {
  const text = search.results.fieldSearches.get(fieldKey(match.place));
  const result = text?.results[match.nth];
  if (!text || !result) return null;
  const value = text.state.doc.textContent;
  const replacement = replacementOf(search.query, text.state, result);
  const left = value.slice(0, match.from);
  const right = value.slice(match.to);
  const required = match.place.kind === 'header' && HEADER_FIELD_INFO[match.place.field].required;
  return {
    index,
    label: match.label,
    before: contextBefore(left),
    match: value.slice(match.from, match.to),
    after: contextAfter(right),
    replacement,
    libraryRef: match.place.kind === 'desk' && match.synced ? deskRefAt(search.state, match.place.pos + 1) : null,
    empties: required && `${left}${replacement}${right}`.trim() === '' ? match.label : null,
  };
}

/**
 * Every match of `query` in a brief's content — header fields, body,
 * Key Takeaways, Editor's Desk fields — with the context a preview shows.
 * The body is searched by prosemirror-search on a node of the shared schema,
 * fields by the same engine (see collectMatches). `emptyMatch`: the pattern
 * matches empty text, and the hits are not usable.
 */
export function searchContent(
  query: SearchQuery,
  header: Header,
  body: BodyDoc,
): { search: ContentSearch; hits: ContentHit[]; emptyMatch: boolean } {
  const state = bodyState(body);
  const results = collectMatches(query, header, state);
  const search: ContentSearch = { query, header, state, results };
  const hits = results.matches.flatMap((match, index) => {
    const hit = match.place.kind === 'body' ? bodyHit(search, match, index) : fieldHit(search, match, index);
    return hit ? [hit] : [];
  });
  return { search, hits, emptyMatch: results.emptyMatch };
}

/** What replacing some matches of a content gives. */
export interface ContentReplacement {
  /** The header fields changed (a patch of the content). */
  patch: Partial<BriefContent>;
  /** The new body, or null when it did not change. */
  body: BodyDoc | null;
  replaced: number;
  /** Matches left alone: a required field would have become blank. */
  skippedBlank: number;
  /** Matches left alone: inside a synced desk (`allowSynced` false). */
  skippedSynced: number;
}

/**
 * Replaces the matches at `indexes` as the open-brief Replace does
 * (planReplace: one transaction, `$1` expanded, required header fields never
 * blanked). Synced desks are changed only with `allowSynced` — for a desk
 * library block searched on its own.
 */
export function replaceInContent(search: ContentSearch, indexes: readonly number[], allowSynced = false): ContentReplacement {
  const results: FindResults = allowSynced
    ? { ...search.results, matches: search.results.matches.map((match) => ({ ...match, synced: false })) }
    : search.results;
  const plan = planReplace(search.query, results, search.state, indexes);
  return {
    patch: headerPatch(search.header, plan.header),
    body: plan.tr ? BodyDoc.parse(plan.tr.doc.toJSON()) : null,
    replaced: plan.replaced,
    skippedBlank: plan.skippedBlank,
    skippedSynced: plan.skippedSynced,
  };
}
