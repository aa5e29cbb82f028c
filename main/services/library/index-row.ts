import { z } from 'zod';
import { type Brief, type BriefSummary, BriefSummary as BriefSummarySchema } from '../../../shared/model/brief';
import { libraryRefsIn } from '../../../shared/editor/nodes/editors-desk';
import { countWords } from '../../../shared/model/word-count';

/** Size and modification time of a brief file, as last written or read by the store. */
export interface FileStamp {
  fileSize: number;
  mtimeMs: number;
}

/**
 * One row of the library index: the list summary, the revision (so a save
 * can check for conflicts without reading the file) and the file's stamp
 * (so opening the library can spot files changed behind its back), and
 * the desk-library blocks its body is synced to (so finding the briefs that
 * use a block reads no files).
 */
export const IndexRow = BriefSummarySchema.extend({
  revision: z.number().int().nonnegative(),
  deskRefs: z.array(z.string()),
  fileSize: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
});
export type IndexRow = z.infer<typeof IndexRow>;

/** The index row of a brief whose file has the given stamp. */
export function indexRowOf(brief: Brief, stamp: FileStamp): IndexRow {
  return {
    ...summaryOf({ ...brief, wordCount: countWords(brief.body) }),
    revision: brief.revision,
    deskRefs: libraryRefsIn(brief.body),
    fileSize: stamp.fileSize,
    mtimeMs: stamp.mtimeMs,
  };
}

/** The public summary of a row (without the store's bookkeeping), or of anything else with its fields. */
export function summaryOf(row: BriefSummary): BriefSummary {
  return {
    id: row.id,
    headline: row.headline,
    section: row.section,
    status: row.status,
    tags: [...row.tags],
    wordCount: row.wordCount,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    trashedAt: row.trashedAt,
  };
}

/** Whether a file's current stamp still matches the one its row recorded. */
export function stampMatches(row: IndexRow, stamp: FileStamp): boolean {
  return row.fileSize === stamp.fileSize && row.mtimeMs === stamp.mtimeMs;
}
