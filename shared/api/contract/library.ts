import { z } from 'zod';
import { BriefStatus, BriefSummary, DamagedBrief, IsoDateTime } from '../../model/brief';
import { method, type Section } from './method';

/** The orders the library list can be sorted in: last update (newest first), headline, status, section. */
export const ListSort = z.enum(['updated', 'headline', 'status', 'section']);
export type ListSort = z.infer<typeof ListSort>;

/** Where the library's index is: up to date, or reading brief files (`done` of `total`). */
export const IndexProgress = z.object({
  /**
   * ready: checked against the brief files; checking: being checked (a few changed files are read, nothing worth a
   * progress bar); rebuilding: from nothing (a new, missing or damaged index); updating: many changed files;
   * indexing: the full text of a library open read-only.
   */
  state: z.enum(['ready', 'checking', 'rebuilding', 'updating', 'indexing']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type IndexProgress = z.infer<typeof IndexProgress>;

/** Filters on the library's rows, shared by the list and the search. */
const RowFilters = {
  status: BriefStatus.optional(),
  tag: z.string().min(1).max(80).optional(),
  section: z.string().min(1).max(120).optional(),
  /** Updated at or after this moment. */
  updatedAfter: IsoDateTime.optional(),
  /** Updated at or before this moment. */
  updatedBefore: IsoDateTime.optional(),
  /** The Trash instead of the live briefs. @default false */
  trash: z.boolean().default(false),
};

/** Which window of the library list to read: filters, order, and where it starts. */
export const ListBriefsQuery = z.object({
  ...RowFilters,
  sort: ListSort.default('updated'),
  offset: z.number().int().nonnegative().default(0),
  /** Rows at most; without it, every row (commands and exports; the app asks for what it shows). */
  limit: z.number().int().min(1).max(1000).optional(),
});
export type ListBriefsQuery = z.infer<typeof ListBriefsQuery>;

/** The library as listBriefs answers it: a window of brief rows, how many there are in all, damaged files, the index's progress. */
export const LibraryListing = z.object({
  briefs: z.array(BriefSummary),
  /** Rows passing the filters, in all (the window holds at most `limit` of them). */
  total: z.number().int().nonnegative(),
  damaged: z.array(DamagedBrief),
  index: IndexProgress,
});
export type LibraryListing = z.infer<typeof LibraryListing>;

/** A stretch of text, as UTF-16 offsets: `text.slice(start, end)` is the matched word. */
export const TextRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextRange = z.infer<typeof TextRange>;

/** One brief found by searchBriefs: its row, how well it matched, and where. */
export const SearchHit = z.object({
  summary: BriefSummary,
  /**
   * Higher is better (bm25 with field weights); 0 when nothing was searched for. Briefs with the word being typed as
   * typed come before those with only longer words beginning with it, each group by its own score.
   */
  score: z.number(),
  /** The matched words in `summary.headline`. */
  headlineHighlights: z.array(TextRange),
  /** A short stretch of the best matching text (standfirst, body, takeaway, desk…) with its matched words. */
  snippet: z.object({ text: z.string(), highlights: z.array(TextRange) }),
});
export type SearchHit = z.infer<typeof SearchHit>;

/**
 * What searchBriefs looks for. `query` is read as text, never as syntax:
 * words (the last also as a prefix), "exact phrases", -excluded words,
 * tag:, status: and section: filters; a very long one is cut with a note.
 */
export const SearchQuery = z.object({
  query: z.string().max(100_000),
  ...RowFilters,
  offset: z.number().int().nonnegative().default(0),
  limit: z.number().int().min(1).max(1000).default(50),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** What searchBriefs answers. */
export const SearchAnswer = z.object({
  /** The window of results asked for, best first (newest first when nothing but filters was given). */
  results: z.array(SearchHit),
  /** How many briefs matched — at least this many when `totalExact` is false (counting stops at 1,000). */
  total: z.number().int().nonnegative(),
  totalExact: z.boolean(),
  /** The search with its misspelt words replaced, when results were found for that instead ("Showing results for …"). */
  correctedQuery: z.string().nullable(),
  /** What the analyst should know about how the search was read (cut short, a filter not understood). */
  notice: z.string().nullable(),
  /** When more briefs matched than are ranked, how many of the most recently changed were (only those are listed). */
  rankedAmong: z.number().int().positive().nullable(),
  index: IndexProgress,
});
export type SearchAnswer = z.infer<typeof SearchAnswer>;

/** A tag or section in use, and how many briefs have it. */
export const Facet = z.object({ value: z.string(), count: z.number().int().nonnegative() });
export type Facet = z.infer<typeof Facet>;

/** Listing and searching the library. */
export const libraryContract = {
  /** A window of the library list — live briefs or the Trash, filtered and sorted in the index — with the total, damaged files and the index's progress. */
  listBriefs: method(ListBriefsQuery, LibraryListing),
  /**
   * Full-text search of the library (headline, standfirst, takeaways, the
   * Editor's Desk, body, tags, section, byline, hero caption): words match
   * as typed (accents folded), the last as a prefix; "phrases", -exclusions,
   * filters; best match first (bm25, the headline and takeaways counting
   * most) with the matched words marked and a snippet. A word with few or no
   * matches is replaced by a near word of the library's own when that finds
   * more (`correctedQuery`). An empty query lists the briefs that pass the
   * filters, most recently updated first.
   */
  searchBriefs: method(SearchQuery, SearchAnswer),
  /** The tags and sections used by the live briefs (or the Trash), for the filters. */
  libraryFacets: method(z.object({ trash: z.boolean().default(false) }), z.object({ tags: z.array(Facet), sections: z.array(Facet) })),
  /** Where the library's index is (the list polls it while it is rebuilt). */
  libraryIndexStatus: method(z.object({}), IndexProgress),
} satisfies Section;
