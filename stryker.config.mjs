// StrykerJS: mutation testing of the core (npm run mutation, scripts/mutation.mjs). Not part of npm test.
// One core module (scripts/mutation-modules.mjs) is mutated per run, chosen with BRIEFDESK_MUTATION_MODULE;
// its test files are chosen by vitest.mutation.config.ts from the same table (StrykerJS's own `testFiles`
// option is not used: in 9.6.1 it makes mutants that run at import time — schemas, patterns, tables — run
// without being switched on, so they always survive). Results are kept per module
// (tests/mutation/incremental/<module>.json): a rerun mutates only what changed since.
import { coreModules } from './scripts/mutation-modules.mjs';

/**
 * Surviving mutants that no test can kill because the mutated program behaves the same: each with
 * the file, the mutator, the code of the mutated line (trimmed) and why it is equivalent.
 * scripts/mutation.mjs leaves them out of the score and says when an entry no longer matches.
 */
export const equivalentMutants = [];

const moduleName = process.env.BRIEFDESK_MUTATION_MODULE ?? '';
const selected = coreModules[moduleName];
if (!selected) {
  throw new Error(`Set BRIEFDESK_MUTATION_MODULE to one of: ${Object.keys(coreModules).join(', ')} (or run npm run mutation).`);
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'main/tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  coverageAnalysis: 'perTest',
  concurrency: 1,
  timeoutMS: 20_000,
  mutate: selected.mutate,
  incremental: true,
  incrementalFile: `tests/mutation/incremental/${moduleName}.json`,
  reporters: ['json', 'html', 'progress', 'clear-text'],
  jsonReporter: { fileName: `reports/mutation/${moduleName}.json` },
  htmlReporter: { fileName: `reports/mutation/${moduleName}.html` },
  clearTextReporter: { allowEmojis: false, reportTests: false, reportScoreTable: true, skipFull: true },
  ignorePatterns: [
    'dist',
    'release',
    'test-results',
    'reports',
    'docs',
    'bench',
    'tests/e2e',
    'tests/electron',
    'tests/mutation/incremental',
  ],
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
