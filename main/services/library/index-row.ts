import type { Brief, BriefSummary } from '../../../shared/model/brief';
import { libraryRefsIn } from '../../../shared/editor/nodes/editors-desk';
import { countWords } from '../../../shared/model/word-count';

/** Size and modification time of a brief file, as last written or read by the store. */
export interface FileStamp {
  fileSize: number;
  mtimeMs: number;
}

/** A brief file's stamp and the SHA-256 (hex) of its bytes. */
export interface FileVersion extends FileStamp {
  hash: string;
}

/**
 * One row of the library index: the list summary, the revision (so a save
 * can check for conflicts without reading the file), the desk-library
 * blocks its body is synced to (so finding the briefs that use a block reads
 * no files) and the stamp and hash of the file it was read from (so opening
 * the library can spot files changed behind its back).
 */
export interface IndexRow extends BriefSummary {
  revision: number;
  deskRefs: string[];
  fileSize: number;
  mtimeMs: number;
  fileHash: string;
}

/** A brief's row as the index reads it back: its summary, revision, and the stamp and hash of the file it came from. */
export type IndexEntry = Omit<IndexRow, 'deskRefs'>;

/** The entry of a row (what reading it back from the index gives). */
export function entryOf(row: IndexRow): IndexEntry {
  return { ...summaryOf(row), revision: row.revision, fileSize: row.fileSize, mtimeMs: row.mtimeMs, fileHash: row.fileHash };
}

/** The index row of a brief whose file has the given stamp and hash. */
export function indexRowOf(brief: Brief, file: FileVersion): IndexRow {
  return {
    ...summaryOf({ ...brief, wordCount: countWords(brief.body) }),
    revision: brief.revision,
    deskRefs: libraryRefsIn(brief.body),
    fileSize: file.fileSize,
    mtimeMs: file.mtimeMs,
    fileHash: file.hash,
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
export function stampMatches(row: FileStamp, stamp: FileStamp): boolean {
  return row.fileSize === stamp.fileSize && row.mtimeMs === stamp.mtimeMs;
}
