import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { errorCode } from '../../../main/services/library/io-error';

export const MINUTE = 60 * 1000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** A clock that stands still until moved: `now` for the store, `advance` for the test. */
export function manualClock(start = Date.parse('2025-03-03T09:00:00.000Z')) {
  let time = start;
  return {
    now: (): Date => new Date(time),
    advance(ms: number): void {
      time += ms;
    },
    get time(): number {
      return time;
    },
  };
}

/** The file names in a brief's revision folder, sorted (none when the folder does not exist). */
export async function revisionFiles(dataDir: string, briefId: string): Promise<string[]> {
  try {
    return (await readdir(join(dataDir, 'revisions', briefId))).sort();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** Every file under a folder, as relative paths, sorted. */
export async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}
