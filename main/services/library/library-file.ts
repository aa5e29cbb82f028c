import { readFile } from 'node:fs/promises';
import { Low } from 'lowdb';
import { z } from 'zod';
import { DamagedBrief } from '../../../shared/model/brief';
import { describeIssues } from './brief-validation';
import { DurableJsonFile } from './durable-json-file';
import { LIBRARY_STEPS } from '../migrations/library-steps';
import { runMigrations, versionOf } from '../migrations/migration-step';
import { parseVersioned } from './parse-versioned';

/** Version of library.json. Bump it with a migration. */
export const LIBRARY_SCHEMA_VERSION = 3;

/**
 * library.json: the format version and the damaged files set aside (the
 * rows of the list live in index.db, derived from the brief files). Loose,
 * so sections added by other features survive a rewrite by this version.
 */
export const LibraryData = z.looseObject({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  damaged: z.array(DamagedBrief),
});
export type LibraryData = z.infer<typeof LibraryData>;

/** An empty library. */
export function emptyLibraryData(): LibraryData {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, damaged: [] };
}

/** Bring a value read from library.json up to the current version (see LIBRARY_STEPS); anything unknown passes unchanged. */
export function migrateLibraryData(value: unknown): unknown {
  return runMigrations(LIBRARY_STEPS, value).value;
}

/**
 * Check a value read from library.json. A file from a newer Briefdesk throws
 * 'unsupported' (it must not be overwritten); anything else that does not
 * fit throws 'damaged'.
 */
export function parseLibraryData(value: unknown): LibraryData {
  return parseVersioned(value, {
    schema: LibraryData,
    version: LIBRARY_SCHEMA_VERSION,
    newer: (found) => `This library was written by a newer version of Briefdesk (format ${found}). Update Briefdesk to open it.`,
    damaged: (error) => `Does not match the library format: ${describeIssues(error)}`,
    upgrade: migrateLibraryData,
  });
}

/** The lowdb database of library.json, written durably. Not read yet. */
export function libraryDb(path: string): Low<LibraryData> {
  return new Low<LibraryData>(new DurableJsonFile(path, parseLibraryData), emptyLibraryData());
}

/** Whether the library.json at `path` states an older format than this Briefdesk writes (it is upgraded as it is read, and must then be written back). */
export async function isOlderLibraryFile(path: string): Promise<boolean> {
  try {
    const version = versionOf(JSON.parse(await readFile(path, 'utf8')));
    return version !== null && version < LIBRARY_SCHEMA_VERSION;
  } catch {
    return false;
  }
}
