import { mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory } from './durable-write';
import { ioError } from './io-error';

/** The folder damaged files are moved to, relative to the data dir. */
export const QUARANTINE_DIR = 'quarantine';

/** A file-name-safe timestamp: 2025-03-01T09-15-00-000Z. */
function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

/**
 * Move a damaged file, untouched, to quarantine/<name>.<timestamp>.<extension>
 * (json unless told otherwise). Returns where it went, relative to the data dir.
 */
export async function quarantineFile(dataDir: string, sourcePath: string, name: string, now: Date, extension = 'json'): Promise<string> {
  const relative = join(QUARANTINE_DIR, `${name}.${fileTimestamp(now)}.${extension}`);
  const target = join(dataDir, relative);
  try {
    await mkdir(join(dataDir, QUARANTINE_DIR), { recursive: true });
    await rename(sourcePath, target);
  } catch (error) {
    throw ioError('move', sourcePath, error);
  }
  await syncDirectory(join(dataDir, QUARANTINE_DIR));
  return relative;
}
