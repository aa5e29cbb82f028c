import { z } from 'zod';
import { BriefStatus, BriefSummary, DamagedBrief, IsoDateTime } from '../../model/brief';
import { method, type Section } from './method';

/** The library as listBriefs answers it: brief rows and damaged files. */
export const LibraryListing = z.object({
  briefs: z.array(BriefSummary),
  damaged: z.array(DamagedBrief),
});
export type LibraryListing = z.infer<typeof LibraryListing>;

/** A stretch of text, as UTF-16 offsets: `text.slice(start, end)` is the matched word. */
export const TextRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextRange = z.infer<typeof TextRange>;

/** One brief found by searchBriefs: its row, how well it matched, and where. */
export const SearchHit = z.object({
  summary: BriefSummary,
  score: z.number(),
  /** The matched words in `summary.headline`. */
  headlineHighlights: z.array(TextRange),
  /** A short stretch of the best matching text (standfirst, body, takeaway, desk…) with its matched words. */
  snippet: z.object({ text: z.string(), highlights: z.array(TextRange) }),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** What searchBriefs looks for: words (prefix and fuzzy matched) and filters. */
export const SearchQuery = z.object({
  query: z.string().max(500),
  status: BriefStatus.optional(),
  tag: z.string().min(1).max(80).optional(),
  /** Updated at or after this moment. */
  updatedAfter: IsoDateTime.optional(),
  /** Updated at or before this moment. */
  updatedBefore: IsoDateTime.optional(),
  /** Search the Trash instead of the live briefs. @default false */
  trash: z.boolean().default(false),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

/** Listing and searching the library. */
export const libraryContract = {
  /** The library: live briefs (or the Trash) sorted by last update, and damaged files. */
  listBriefs: method(z.object({ trash: z.boolean().default(false) }), LibraryListing),
  /**
   * Full-text search of the library (headline, standfirst, body, takeaways,
   * Editor's Desk title, analysis and sign-off, tags, section) with prefix
   * and fuzzy matching, narrowed by status, tag and update time; best match
   * first, with the matched words marked. An empty query lists the briefs
   * that pass the filters, most recently updated first. `total` counts every
   * match, `results` holds at most `limit`.
   */
  searchBriefs: method(SearchQuery, z.object({ results: z.array(SearchHit), total: z.number().int().nonnegative() })),
} satisfies Section;
