import { describe, expect, it } from 'vitest';
import {
  AutoBackupSettings,
  AutoBackupStatus,
  BackupCounts,
  LibraryBackup,
  MAX_BACKUP_TRANSFER_BYTES,
  RestoredBackup,
  RestoreId,
} from '../../../../shared/model/library-backup';

const counts = { briefs: 3, revisions: 12, images: 2, files: 20 };

describe('backups', () => {
  it('moves archives of up to 100 MB through the app', () => {
    expect(MAX_BACKUP_TRANSFER_BYTES).toBe(104_857_600);
  });

  it('counts whole, non-negative numbers of briefs, revisions, images and files', () => {
    expect(BackupCounts.parse(counts)).toEqual(counts);
    for (const key of Object.keys(counts)) {
      expect(BackupCounts.safeParse({ ...counts, [key]: -1 }).success).toBe(false);
      expect(BackupCounts.safeParse({ ...counts, [key]: 0.5 }).success).toBe(false);
    }
  });

  it('a download has a file name, its bytes and when it was made', () => {
    const backup = { fileName: 'library-2025-03-01.zip', dataBase64: 'UEsFBg==', createdAt: '2025-03-01T09:00:00.000Z', counts };
    expect(LibraryBackup.parse(backup)).toEqual(backup);
    expect(LibraryBackup.safeParse({ ...backup, fileName: '' }).success).toBe(false);
    expect(LibraryBackup.safeParse({ ...backup, createdAt: 'today' }).success).toBe(false);
  });

  it('a restored library is named <library>-restored-<time>, a name and never a path', () => {
    for (const id of ['Briefs-restored-2025-03-01T09-15-00-000Z', 'my library-restored-20250301'])
      expect(RestoreId.safeParse(id).success).toBe(true);
    for (const id of [
      '../Briefs-restored-2025',
      'a/b-restored-2025',
      'a\\b-restored-2025',
      '-restored-2025',
      'Briefs-restored-',
      'Briefs-restored-2025;rm',
      'Briefs-copy-2025',
      'x/Briefs-restored-2025',
    ]) {
      const result = RestoreId.safeParse(id);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Not a restored library');
    }
    const restored = {
      restoreId: 'Briefs-restored-2025-03-01T09-15-00-000Z',
      dataDir: '/data/Briefs-restored-2025-03-01T09-15-00-000Z',
      createdAt: '2025-03-01T09:00:00.000Z',
      appVersion: '0.1.0',
      counts,
    };
    expect(RestoredBackup.parse(restored)).toEqual(restored);
  });

  it('automatic backups: a folder (or none) and 1 to 365 kept', () => {
    expect(AutoBackupSettings.parse({ folder: null, keep: 1 })).toEqual({ folder: null, keep: 1 });
    expect(AutoBackupSettings.safeParse({ folder: '/backups', keep: 365 }).success).toBe(true);
    expect(AutoBackupSettings.safeParse({ folder: '/backups', keep: 366 }).success).toBe(false);
    expect(AutoBackupSettings.safeParse({ folder: '/backups', keep: 0 }).success).toBe(false);
    expect(AutoBackupSettings.safeParse({ folder: '', keep: 7 }).success).toBe(false);
    expect(AutoBackupSettings.safeParse({ folder: `/${'b'.repeat(3999)}`, keep: 7 }).success).toBe(true);
    expect(AutoBackupSettings.safeParse({ folder: `/${'b'.repeat(4000)}`, keep: 7 }).success).toBe(false);
    const status = { folder: '/backups', keep: 7, lastBackupAt: null, lastError: 'The disk is full.' };
    expect(AutoBackupStatus.parse(status)).toEqual(status);
    expect(AutoBackupStatus.safeParse({ ...status, lastBackupAt: 'yesterday' }).success).toBe(false);
  });
});
