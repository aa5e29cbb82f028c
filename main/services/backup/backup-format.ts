import { z } from 'zod';
import { IsoDateTime } from '../../../shared/model/brief';
import type { BackupCounts } from '../../../shared/model/library-backup';

/** The format name written into every backup's manifest. */
export const BACKUP_FORMAT = 'briefdesk-library-backup';
/** Version of the backup format. Bump it when the archive's layout changes. */
export const BACKUP_VERSION = 1;
/** The manifest's name inside the archive. */
export const MANIFEST_NAME = 'manifest.json';
/** Where backups of the library kept inside it go (before a migration); never itself backed up. */
export const BACKUPS_DIR = 'backups';

/** One file of the library in the archive. */
export const ManifestFile = z.object({
  /** Path relative to the data dir, `/`-separated. */
  path: z.string().min(1),
  size: z.number().int().nonnegative(),
  /** Lowercase hex SHA-256 of the bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The file's mtime, restored with it so the index still matches the brief files. */
  mtimeMs: z.number().nonnegative(),
});
export type ManifestFile = z.infer<typeof ManifestFile>;

/** manifest.json: what the archive is and every file it holds. */
export const BackupManifest = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().positive(),
  appVersion: z.string(),
  createdAt: IsoDateTime,
  files: z.array(ManifestFile),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export type { BackupCounts };

const SAFE_SEGMENT = /^[^/\\\0]+$/;

/**
 * Whether a path from an archive is safe to write under a folder: relative,
 * `/`-separated, no `.`/`..` segments, no backslashes or NULs, not the lock.
 */
export function isSafeLibraryPath(path: string): boolean {
  if (path.startsWith('/') || path === '.lock') return false;
  return path.split('/').every((segment) => SAFE_SEGMENT.test(segment) && segment !== '.' && segment !== '..');
}

/** The counts of a list of library paths. */
export function countFiles(paths: readonly string[]): BackupCounts {
  return {
    briefs: paths.filter((path) => /^articles\/[^/]+\.json$/.test(path)).length,
    revisions: paths.filter((path) => /^revisions\/[^/]+\/[^/]+\.json$/.test(path)).length,
    images: paths.filter((path) => path.startsWith('assets/')).length,
    files: paths.length,
  };
}

/** A file-name-safe UTC time: 2025-03-01T09-15-00Z. */
export function fileTime(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/:/g, '-');
}
