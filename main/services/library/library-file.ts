import { Low } from 'lowdb';
import { z } from 'zod';
import { DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { describeIssues } from './brief-validation';
import { DurableJsonFile } from './durable-json-file';
import { IndexRow } from './index-row';
import { LIBRARY_STEPS } from '../migrations/library-steps';
import { runMigrations } from '../migrations/migration-step';

/** Version of library.json. Bump it with a migration. */
export const LIBRARY_SCHEMA_VERSION = 2;

/**
 * library.json. Loose, so sections added by other features (desk-block
 * library, targets, settings) survive a rewrite by this version.
 */
export const LibraryData = z.looseObject({
  schemaVersion: z.literal(LIBRARY_SCHEMA_VERSION),
  rows: z.record(z.string(), IndexRow),
  damaged: z.array(DamagedBrief),
});
export type LibraryData = z.infer<typeof LibraryData>;

/** An empty library. */
export function emptyLibraryData(): LibraryData {
  return { schemaVersion: LIBRARY_SCHEMA_VERSION, rows: {}, damaged: [] };
}

const VersionOnly = z.object({ schemaVersion: z.number() });

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
  const version = VersionOnly.safeParse(value);
  if (version.success && version.data.schemaVersion > LIBRARY_SCHEMA_VERSION) {
    throw new BriefdeskError(
      'unsupported',
      `This library was written by a newer version of Briefdesk (format ${version.data.schemaVersion}). Update Briefdesk to open it.`,
    );
  }
  const parsed = LibraryData.safeParse(migrateLibraryData(value));
  if (!parsed.success) {
    throw new BriefdeskError('damaged', `Does not match the library format: ${describeIssues(parsed.error)}`);
  }
  return parsed.data;
}

/** The lowdb database of library.json, written durably. Not read yet. */
export function libraryDb(path: string): Low<LibraryData> {
  return new Low<LibraryData>(new DurableJsonFile(path, parseLibraryData), emptyLibraryData());
}
