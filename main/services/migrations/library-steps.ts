import { checkSteps, type JsonObject, type MigrationStep } from './migration-step';

/** A value without the given key. */
function without(value: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));
}

/**
 * The upgrades of library.json, oldest first. Add one here (and bump
 * LIBRARY_SCHEMA_VERSION) whenever the format changes; opening an older
 * library backs it up to backups/ first, then runs them.
 */
export const LIBRARY_STEPS: readonly MigrationStep[] = [
  {
    from: 1,
    to: 2,
    description:
      'Index rows gain `deskRefs` (the desk-library blocks a brief is synced to). They can only come from the brief files, ' +
      'so the rows are dropped: opening the library rebuilds each from its file. Damaged-file entries and other sections are kept.',
    migrate: (value) => ({ ...value, schemaVersion: 2, rows: {} }),
  },
  {
    from: 2,
    to: 3,
    description:
      'The list rows and the full-text index move to index.db (SQLite), built from the brief files: the rows leave library.json ' +
      '(and library.journal is no longer used). Damaged-file entries and other sections are kept.',
    migrate: (value) => ({ ...without(value, 'rows'), schemaVersion: 3 }),
  },
];

checkSteps(LIBRARY_STEPS);
