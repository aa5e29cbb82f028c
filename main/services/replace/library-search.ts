import type { LibraryFindOptions, LibraryFindResult, LibraryMatch, ReplaceSource } from '../../../shared/api/contract/replace';
import { deskNodeFromBlock, libraryRefsIn } from '../../../shared/editor/nodes/editors-desk/desk-nodes';
import { type ContentHit, searchContent, searchedTexts, bodyState } from '../../../shared/find/content-search';
import { buildQuery, regexpFlags } from '../../../shared/find/find-query';
import type { BodyDoc, BriefContent } from '../../../shared/model/brief';
import type { DeskBlock } from '../../../shared/model/desk-block';
import type { LibraryStore } from '../library/library-store';
import { probeRegexInWorker } from './regex-probe';

/** Most preview rows one search answers (the rest are counted, not listed). */
export const LIBRARY_MATCHES_MAX = 5000;

export const EMPTY_MATCH_PROBLEM = 'This pattern also matches empty text — make it match at least one character.';
export const SLOW_PROBLEM = 'Pattern too slow: it would take too long on this library. Simplify it (avoid nested repeats like (a+)+).';

type Header = Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>;

const NO_HEADER: Header = { headline: '', standfirst: '', byline: '', hero: null };

/** A brief or a desk block, ready to be searched. */
export interface Searchable {
  source: ReplaceSource;
  id: string;
  title: string;
  header: Header;
  body: BodyDoc;
}

/** A desk-library block as a body holding one free-standing desk: its fields and text searched like a brief's desk. */
export function deskSearchable(block: DeskBlock): Searchable {
  return {
    source: 'desk',
    id: block.id,
    title: block.name,
    header: NO_HEADER,
    body: { type: 'doc', content: [deskNodeFromBlock(block, null)] },
  };
}

/** A brief's content as a searchable. */
export function briefSearchable(id: string, content: BriefContent): Searchable {
  return {
    source: 'brief',
    id,
    title: content.headline.trim() === '' ? 'Untitled brief' : content.headline,
    header: content,
    body: content.body,
  };
}

/** The live briefs, and the desk-library blocks at least one of them syncs. */
async function loadSearchables(store: LibraryStore): Promise<Searchable[]> {
  const items: Searchable[] = [];
  const refs = new Set<string>();
  for (const summary of store.list().briefs) {
    const brief = await store.get(summary.id);
    items.push(briefSearchable(brief.id, brief));
    for (const ref of libraryRefsIn(brief.body)) refs.add(ref);
  }
  for (const ref of refs) {
    const block = store.deskLibrary.lookup(ref);
    if (block) items.push(deskSearchable(block));
  }
  return items;
}

function rowOf(item: Searchable, hit: ContentHit): LibraryMatch {
  return {
    source: item.source,
    id: item.id,
    title: item.title,
    index: hit.index,
    label: hit.label,
    before: hit.before,
    match: hit.match,
    after: hit.after,
    replacement: hit.replacement,
    empties: hit.empties,
  };
}

/**
 * Find in all briefs: every match in the live briefs and the synced desk
 * blocks. A regular expression first runs over all the texts on a worker
 * thread with a time limit, so one that backtracks without end answers
 * "Pattern too slow" instead of blocking the app.
 */
export async function findInLibrary(store: LibraryStore, options: LibraryFindOptions): Promise<LibraryFindResult> {
  const built = buildQuery(options);
  const nothing = { matches: [], briefsSearched: 0, truncated: false, syncedCopies: 0 };
  if (!built.ok) return { ...nothing, problem: built.error ?? 'Type something to find.' };
  const items = await loadSearchables(store);
  if (options.regexp) {
    const texts = items.flatMap((item) => searchedTexts(item.header, bodyState(item.body)));
    const verdict = await probeRegexInWorker(options.search, regexpFlags(options.caseSensitive), texts);
    if (verdict === 'slow') return { ...nothing, problem: SLOW_PROBLEM };
  }
  const matches: LibraryMatch[] = [];
  let truncated = false;
  let syncedCopies = 0;
  for (const item of items) {
    const found = searchContent(built.query, item.header, item.body);
    if (found.emptyMatch) return { ...nothing, problem: EMPTY_MATCH_PROBLEM };
    for (const hit of found.hits) {
      if (hit.libraryRef !== null && item.source === 'brief') {
        syncedCopies += 1;
        continue;
      }
      if (matches.length >= LIBRARY_MATCHES_MAX) truncated = true;
      else matches.push(rowOf(item, hit));
    }
  }
  return { matches, briefsSearched: items.filter((item) => item.source === 'brief').length, truncated, syncedCopies, problem: null };
}
