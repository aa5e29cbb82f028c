import { z } from 'zod';
import { IsoDateTime } from './brief';

/** Largest backup archive moved through the app (downloaded or uploaded): 100 MB. Bigger libraries use the CLI. */
export const MAX_BACKUP_TRANSFER_BYTES = 100 * 1024 * 1024;

/** What a backup holds, counted for the analyst. */
export const BackupCounts = z.object({
  briefs: z.number().int().nonnegative(),
  revisions: z.number().int().nonnegative(),
  images: z.number().int().nonnegative(),
  files: z.number().int().nonnegative(),
});
export type BackupCounts = z.infer<typeof BackupCounts>;

/** A backup made for download: the zip (base64) and what it holds. */
export const LibraryBackup = z.object({
  fileName: z.string().min(1),
  dataBase64: z.string(),
  createdAt: IsoDateTime,
  counts: BackupCounts,
});
export type LibraryBackup = z.infer<typeof LibraryBackup>;

/** The name of a folder a backup was restored into, beside the library: `<library>-restored-<time>`. */
export const RestoreId = z.string().regex(/^[^/\\]+-restored-[0-9TZ-]+$/, 'Not a restored library');

/** A backup restored into a new library folder, waiting for the analyst to switch to it. */
export const RestoredBackup = z.object({
  restoreId: RestoreId,
  /** The new library folder (the current library is untouched). */
  dataDir: z.string(),
  /** When the backup was made, and by which version. */
  createdAt: IsoDateTime,
  appVersion: z.string(),
  counts: BackupCounts,
});
export type RestoredBackup = z.infer<typeof RestoredBackup>;

/** After switching: the library folder (same path as before) and where the replaced library was kept. */
export const LibrarySwitched = z.object({
  dataDir: z.string(),
  previousDir: z.string(),
});
export type LibrarySwitched = z.infer<typeof LibrarySwitched>;

/** Most automatic backups kept. */
export const MAX_AUTO_BACKUPS_KEPT = 365;

/** Automatic daily backups, as the analyst sets them (stored in the library's settings.json). */
export const AutoBackupSettings = z.object({
  /** The folder backups go to (absolute path), or null: automatic backups off. */
  folder: z.string().min(1).max(4000).nullable(),
  /** How many of them are kept; older ones are deleted. */
  keep: z.number().int().min(1).max(MAX_AUTO_BACKUPS_KEPT),
});
export type AutoBackupSettings = z.infer<typeof AutoBackupSettings>;

/** The settings, and how the last automatic backup went. */
export const AutoBackupStatus = AutoBackupSettings.extend({
  lastBackupAt: IsoDateTime.nullable(),
  /** Why the last attempt failed, or null. */
  lastError: z.string().nullable(),
});
export type AutoBackupStatus = z.infer<typeof AutoBackupStatus>;
