import { z } from 'zod';
import { method, Ok, type Section } from './method';

/** Longest pattern or replacement Find in all briefs takes. */
export const LIBRARY_FIND_TEXT_MAX = 1000;

/** What Find in all briefs searches for, with the same options as the open brief's find bar. */
export const LibraryFindOptions = z.object({
  search: z.string().min(1).max(LIBRARY_FIND_TEXT_MAX),
  replace: z.string().max(LIBRARY_FIND_TEXT_MAX),
  caseSensitive: z.boolean(),
  wholeWord: z.boolean(),
  regexp: z.boolean(),
});
export type LibraryFindOptions = z.infer<typeof LibraryFindOptions>;

/** Where a match is: a brief, or an Editor's Desk block of the desk library (synced into briefs). */
export const ReplaceSource = z.enum(['brief', 'desk']);
export type ReplaceSource = z.infer<typeof ReplaceSource>;

/** One row of the preview. */
export const LibraryMatch = z.object({
  source: ReplaceSource,
  /** The brief's id, or the desk block's. */
  id: z.string(),
  /** The brief's headline, or the desk block's name. */
  title: z.string(),
  /** Its place among the matches of its brief or block: what a replace names. */
  index: z.number().int().nonnegative(),
  /** "Headline", "Body", "Key Takeaways", "Editor’s Desk title"… */
  label: z.string(),
  before: z.string(),
  match: z.string(),
  after: z.string(),
  replacement: z.string(),
  /** What replacing it leaves blank ("Key Takeaways item", "Headline"…), or null. */
  empties: z.string().nullable(),
});
export type LibraryMatch = z.infer<typeof LibraryMatch>;

/** What Find in all briefs found. */
export const LibraryFindResult = z.object({
  matches: z.array(LibraryMatch),
  briefsSearched: z.number().int().nonnegative(),
  /** More matches than the preview lists (the first ones are listed). */
  truncated: z.boolean(),
  /** Matches in briefs' synced desks: they change only through the desk block's rows. */
  syncedCopies: z.number().int().nonnegative(),
  /** Why nothing was searched: an invalid, empty-matching or too slow pattern; else null. */
  problem: z.string().nullable(),
});
export type LibraryFindResult = z.infer<typeof LibraryFindResult>;

/** A ticked row: its source, its index and the text it matched (checked again before replacing). */
export const ReplacePick = LibraryMatch.pick({ source: true, id: true, index: true, match: true });
export type ReplacePick = z.infer<typeof ReplacePick>;

export const ReplaceJobId = z.string().regex(/^[a-z0-9]{6,40}$/, 'Not a replace job id');

/** Where a Replace in all briefs stands. */
export const ReplaceJobStatus = z.object({
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  /** Briefs and desk blocks to change, and how many were processed. */
  total: z.number().int().nonnegative(),
  processed: z.number().int().nonnegative(),
  briefsChanged: z.number().int().nonnegative(),
  desksChanged: z.number().int().nonnegative(),
  replacements: z.number().int().nonnegative(),
  /** The briefs whose content changed (the open one is reloaded). */
  changedBriefIds: z.array(z.string()),
  /** What was left alone and why ("“Q3 outlook”: changed since the preview — 2 matches skipped"). */
  notes: z.array(z.string()),
  error: z.string().nullable(),
});
export type ReplaceJobStatus = z.infer<typeof ReplaceJobStatus>;

/** Find and replace across the library: every live brief and the desk library's synced blocks. */
export const replaceContract = {
  /**
   * Every match in every live brief (header fields, body, Key Takeaways,
   * Editor's Desk fields) and in the desk-library blocks briefs sync, with
   * the same matching as the open brief's find bar. An invalid pattern, one
   * that matches empty text or one too slow for the library answers `problem`.
   */
  findInLibrary: method(LibraryFindOptions, LibraryFindResult),
  /**
   * Start replacing the picked matches: brief by brief, each kept first as a
   * 'before-replace' revision (History → Restore undoes it). A match whose
   * text changed since the preview is skipped with a note.
   */
  startLibraryReplace: method(
    z.object({ options: LibraryFindOptions, picks: z.array(ReplacePick).min(1).max(50_000) }),
    z.object({ jobId: ReplaceJobId }),
  ),
  /** Progress of a replace job. Unknown job: 'not_found'. */
  libraryReplaceStatus: method(z.object({ jobId: ReplaceJobId }), ReplaceJobStatus),
  /** Stop a replace job after the brief it is on: briefs not reached stay untouched. */
  cancelLibraryReplace: method(z.object({ jobId: ReplaceJobId }), Ok),
} satisfies Section;
