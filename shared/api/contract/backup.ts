import { z } from 'zod';
import { Brief, BriefId } from '../../model/brief';
import {
  AutoBackupSettings,
  AutoBackupStatus,
  LibraryBackup,
  LibrarySwitched,
  MAX_BACKUP_TRANSFER_BYTES,
  RestoredBackup,
  RestoreId,
} from '../../model/library-backup';
import { RevisionId } from '../../revisions/revision';
import { byId } from './by-id';
import { method, type Section } from './method';

/** Backups, restoring one, how the library is open, damaged briefs brought back, automatic backups. */
export const backupContract = {
  /**
   * The whole library as one zip (base64) with a manifest of SHA-256
   * checksums: library.json, briefs, revisions, images,
   * templates, the desk library (not index.db, rebuilt from the briefs). Taken while the library stays open. Above
   * MAX_BACKUP_TRANSFER_BYTES it is 'too_large' (the message names the CLI).
   */
  backupLibrary: method(z.object({}), LibraryBackup),
  /**
   * Check a backup (a readable zip, a known manifest, every checksum, every
   * brief valid) and restore it into a NEW folder beside the library; the
   * library open now is untouched. A damaged or foreign archive is
   * 'invalid_input' with what is wrong, and nothing is written.
   */
  restoreBackup: method(
    z.object({
      fileName: z.string().min(1).max(500),
      dataBase64: z.string().max(Math.ceil((MAX_BACKUP_TRANSFER_BYTES * 4) / 3) + 8),
    }),
    RestoredBackup,
  ),
  /**
   * Make a restored library the library: the open one is closed and kept,
   * renamed to `<name>-before-restore-<time>`; the restored folder takes
   * its place and is opened. The renderer reloads afterwards.
   */
  switchLibrary: method(z.object({ restoreId: RestoreId }), LibrarySwitched),
  /**
   * How the library is open: `readOnly` (written by a newer Briefdesk:
   * briefs can be read and exported, nothing changed) and `notice`, what the
   * analyst should be told (that, or that an older library was upgraded and
   * where its backup is), or null.
   */
  getLibraryStatus: method(z.object({}), z.object({ readOnly: z.boolean(), notice: z.string().nullable() })),
  /** The damaged briefs (moved to quarantine, not in the library) that have a good revision to come back from. */
  listRecoverable: method(
    z.object({}),
    z.object({ items: z.array(z.object({ id: BriefId, revisionId: RevisionId, createdAt: z.string(), headline: z.string() })) }),
  ),
  /**
   * Recreate a damaged brief from its newest good revision, under the same
   * id; its damaged-file entry leaves the list (the quarantined file stays).
   * 'not_found' when it has no good revision, 'conflict' when it is in the library.
   */
  restoreNewestGoodVersion: method(byId, Brief),
  /** The automatic daily backups: folder (null: off), how many are kept, when the last was made, and its failure if it failed. */
  getBackupSettings: method(z.object({}), AutoBackupStatus),
  /**
   * Set the automatic daily backups: an existing folder outside the library
   * (an absolute path) or null to turn them off, and how many to keep. A
   * backup is made at once when one is due.
   */
  saveBackupSettings: method(AutoBackupSettings, AutoBackupStatus),
} satisfies Section;
