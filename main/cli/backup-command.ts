import { access, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BriefdeskError } from '../../shared/model/errors';
import type { BackupCounts } from '../services/backup/backup-format';
import { restoreBackup } from '../services/backup/restore-backup';
import { writeNewFile } from '../services/backup/write-new-file';
import { createBackupArchive } from '../services/backup/write-backup';
import { errorCode, ioError } from '../services/library/io-error';
import { UsageError } from './export-command';

/** What `backup` was asked to do. */
export interface BackupRequest {
  out: string;
  data: string;
}

/** What `restore` was asked to do. */
export interface RestoreRequest {
  file: string;
  into: string;
}

/** Parses `backup --out FILE [--data DIR]`. Throws UsageError without --out. */
export function parseBackupArgs(args: string[], defaultData: string): BackupRequest {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { out: { type: 'string' }, data: { type: 'string' } },
  });
  if (positionals.length > 0) throw new UsageError(`backup takes no file names (got "${positionals[0]}"); use --out FILE`);
  if (values.out === undefined) throw new UsageError('backup needs --out FILE');
  return { out: values.out, data: values.data ?? defaultData };
}

/** Parses `restore FILE --into DIR`. Throws UsageError without exactly one FILE and --into. */
export function parseRestoreArgs(args: string[]): RestoreRequest {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { into: { type: 'string' } } });
  if (positionals.length !== 1) throw new UsageError('restore needs exactly one backup file');
  if (values.into === undefined) throw new UsageError('restore needs --into DIR (a new or empty folder)');
  return { file: positionals[0] ?? '', into: values.into };
}

function describeCounts(counts: BackupCounts): string {
  return `${counts.briefs} briefs, ${counts.revisions} revisions, ${counts.images} images (${counts.files} files)`;
}

/** Throws 'not_found' unless `dataDir` holds a library (its library.json or articles/). */
async function requireLibrary(dataDir: string): Promise<void> {
  for (const marker of ['library.json', 'articles']) {
    try {
      await access(path.join(dataDir, marker));
      return;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw ioError('read', dataDir, error);
    }
  }
  throw new BriefdeskError('not_found', `There is no Briefdesk library in ${dataDir}.`);
}

/**
 * `briefdesk backup`: one zip of the whole library (see createBackupArchive),
 * read without the lock — it works while Briefdesk has the library open.
 * An existing FILE is never replaced. Resolves to the exit code.
 */
export async function runBackup(request: BackupRequest, appVersion: string, out: NodeJS.WritableStream): Promise<number> {
  const dataDir = path.resolve(request.data);
  await requireLibrary(dataDir);
  const archive = await createBackupArchive(dataDir, { appVersion });
  const target = path.resolve(request.out);
  await writeNewFile(target, archive.bytes);
  out.write(`Backed up ${dataDir} to ${target}: ${describeCounts(archive.counts)}\n`);
  return 0;
}

/**
 * `briefdesk restore`: checks the archive completely, then restores it into
 * a new or empty folder (a folder with anything in it is refused, so no
 * library is overwritten). Resolves to the exit code.
 */
export async function runRestore(request: RestoreRequest, out: NodeJS.WritableStream): Promise<number> {
  const file = path.resolve(request.file);
  const info = await stat(file).catch((error: unknown) => {
    throw errorCode(error) === 'ENOENT' ? new BriefdeskError('not_found', `There is no file ${file}.`) : ioError('read', file, error);
  });
  if (!info.isFile()) throw new BriefdeskError('invalid_input', `${file} is not a file.`);
  const bytes = await readFile(file).catch((error: unknown) => {
    throw ioError('read', file, error);
  });
  const restored = await restoreBackup(bytes, path.basename(file), request.into);
  out.write(
    `Restored ${describeCounts(restored.counts)} from the backup of ${restored.manifest.createdAt} into ${restored.dataDir}\n` +
      `Open it with --data ${restored.dataDir}\n`,
  );
  return 0;
}
