import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { type Zippable, zipSync } from 'fflate';
import { errorCode, ioError } from '../library/io-error';
import type { LibraryStore } from '../library/library-store';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupCounts,
  type BackupManifest,
  countFiles,
  fileTime,
  MANIFEST_NAME,
  type ManifestFile,
} from './backup-format';
import { listLibraryFiles } from './library-files';

/** A backup made in memory: the zip's bytes and what it holds. */
export interface BackupArchive {
  /** A file name for it: briefdesk-backup-2025-03-01T09-15-00Z.zip */
  fileName: string;
  bytes: Uint8Array;
  manifest: BackupManifest;
  counts: BackupCounts;
}

/** Options of a backup. */
export interface BackupOptions {
  /** The version of Briefdesk making it, written into the manifest. */
  appVersion: string;
  now?: () => Date;
}

/** Hex SHA-256 of bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * One file's bytes and mtime, from the same open file (a brief replaced
 * meanwhile by a save is read whole, old or new: saves rename a complete
 * file into place). Null when it was deleted since it was listed.
 */
async function readLibraryFile(path: string): Promise<{ bytes: Uint8Array; mtimeMs: number } | null> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw ioError('read', path, error);
  }
  try {
    const info = await handle.stat();
    const bytes = await handle.readFile();
    return { bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), mtimeMs: info.mtimeMs };
  } catch (error) {
    throw ioError('read', path, error);
  } finally {
    await handle.close();
  }
}

/**
 * A zip of every file of the library in `dataDir` (see listLibraryFiles)
 * with a manifest.json: format, version, app version, time, and each file's
 * size, SHA-256 and mtime. Reads only; safe while Briefdesk has the library
 * open (every file is written by an atomic rename, so each is read whole).
 */
export async function createBackupArchive(dataDir: string, options: BackupOptions): Promise<BackupArchive> {
  const now = (options.now ?? (() => new Date()))();
  const files: ManifestFile[] = [];
  const zippable: Zippable = {};
  for (const path of await listLibraryFiles(dataDir)) {
    const read = await readLibraryFile(join(dataDir, ...path.split('/')));
    if (read === null) continue;
    files.push({ path, size: read.bytes.byteLength, sha256: sha256(read.bytes), mtimeMs: read.mtimeMs });
    // Images are compressed already; JSON shrinks well.
    zippable[path] = [read.bytes, { level: path.startsWith('assets/') ? 0 : 6, mtime: new Date(read.mtimeMs) }];
  }
  const manifest: BackupManifest = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: options.appVersion,
    createdAt: now.toISOString(),
    files,
  };
  zippable[MANIFEST_NAME] = [new TextEncoder().encode(JSON.stringify(manifest, null, 2)), { level: 6, mtime: now }];
  return {
    fileName: `briefdesk-backup-${fileTime(now)}.zip`,
    bytes: zipSync(zippable),
    manifest,
    counts: countFiles(files.map((file) => file.path)),
  };
}

/**
 * Back up an open library: the writes pending now are finished first, then
 * every file is read (see createBackupArchive). Saves made while it reads
 * land in the backup or not, each brief file whole either way; the index is
 * checked against the brief files when the restored library opens.
 */
export async function backupLibrary(store: LibraryStore, options: BackupOptions): Promise<BackupArchive> {
  await store.settle();
  return createBackupArchive(store.dataDir, options);
}
