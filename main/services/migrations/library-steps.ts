import { checkSteps, type MigrationStep } from './migration-step';

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
];

checkSteps(LIBRARY_STEPS);
