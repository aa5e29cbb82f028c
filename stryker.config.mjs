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
export const equivalentMutants = [
  {
    file: 'main/services/library/durable-write.ts',
    mutator: 'ObjectLiteral',
    code: 'await fs.rm(temp, { force: true }).catch(() => undefined);',
    why: 'Removing the temp file after a failed write: without force a missing temp file throws, and the error is swallowed just the same.',
  },
  {
    file: 'main/services/library/durable-write.ts',
    mutator: 'BooleanLiteral',
    code: 'await fs.rm(temp, { force: true }).catch(() => undefined);',
    why: 'As above: force only changes whether a missing temp file throws, and that error is swallowed.',
  },
  {
    file: 'main/services/library/durable-write.ts',
    mutator: 'ObjectLiteral',
    code: 'await Promise.all(leftovers.map((name) => fs.rm(join(dir, name), { force: true })));',
    why: 'The leftovers were just listed by readdir, so they exist: rm with or without force removes them.',
  },
  {
    file: 'main/services/library/durable-write.ts',
    mutator: 'BooleanLiteral',
    code: 'await Promise.all(leftovers.map((name) => fs.rm(join(dir, name), { force: true })));',
    why: 'As above: the files exist, force changes nothing.',
  },
  {
    file: 'main/services/library/lock.ts',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    code: "return errorCode(error) === 'EPERM';",
    why: 'EPERM (the process exists but belongs to another user) cannot occur for the root user the tests run as.',
  },
  {
    file: 'main/services/library/lock.ts',
    mutator: 'StringLiteral',
    replacement: '""',
    code: "return errorCode(error) === 'EPERM';",
    why: 'As above: no EPERM for root.',
  },
  {
    file: 'main/services/library/durable-write.ts',
    mutator: 'StringLiteral',
    replacement: '"Stryker was here!"',
    code: "const unsupported = ['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES'].includes(errorCode(error) ?? '');",
    why: 'An error without a code is in the list neither as "" nor as any other text that is not a code.',
  },
  {
    file: 'main/services/library/durable-write.ts',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    code: "if (!unsupported && process.platform !== 'win32') throw ioError('write', dir, error);",
    why: 'The platform test is always true on Linux and macOS; only a Windows machine could tell the difference.',
  },
  {
    file: 'main/services/library/lock.ts',
    mutator: 'BooleanLiteral',
    replacement: 'false',
    code: 'replaced = true;',
    why: 'The replacement is an empty file, which SQLite opens as a database: a second "not a database" needs another process to rewrite .lock in between.',
  },
  {
    file: 'main/services/library/lock.ts',
    mutator: 'EqualityOperator',
    code: 'if (Date.now() >= deadline) throw lockedBy(await readOwner(ownerPath));',
    why: 'Giving up at the deadline or one millisecond after it: one more try 25 ms later cannot be told apart.',
  },
  {
    file: 'main/services/library/lock.ts',
    mutator: 'ObjectLiteral',
    code: 'await rm(ownerPath, { force: true }).catch(() => undefined);',
    why: 'The note was just read, so it exists; and a missing one would throw into the catch that swallows it anyway.',
  },
  {
    file: 'main/services/library/lock.ts',
    mutator: 'BooleanLiteral',
    code: 'await rm(ownerPath, { force: true }).catch(() => undefined);',
    why: 'As above: force changes nothing for a note that exists, and the error would be swallowed.',
  },
  {
    file: 'main/services/library/brief-records.ts',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    code: 'if (!BriefId.safeParse(id).success) throw this.#notFound(id);',
    why: "In require: the read it falls through to makes the same check first and throws the same error (the read's own check is tested).",
  },
  {
    file: 'main/services/library/brief-records.ts',
    mutator: 'BlockStatement',
    code: '} else if (stamp && stampMatches(entry, stamp)) {',
    why: 'As above: without the early answer the file is read and gives the same entry.',
  },
  {
    file: 'main/services/library/brief-records.ts',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    code: 'if (this.#options.index.entry(id)) this.#options.index.drop(id);',
    why: 'Dropping the entry of a brief the index does not have removes nothing.',
  },
  {
    file: 'shared/render/body-markdown.ts',
    mutator: 'EqualityOperator',
    code: 'return side > 0 ? ` ${ticks}` : `${ticks} `;',
    why: 'side is -1 or 1, never 0: "> 0" and ">= 0" choose alike.',
  },
  {
    file: 'shared/render/body-markdown.ts',
    mutator: 'ConditionalExpression',
    replacement: 'true',
    code: 'notes.notes.length > 0 && paragraph',
    why: 'With no notes the definitions are the empty string either way (footnoteDefinitions of none is ""), and it is filtered out.',
  },
  {
    file: 'shared/render/body-markdown.ts',
    mutator: 'EqualityOperator',
    code: 'notes.notes.length > 0 && paragraph',
    why: 'As above: no notes give no definitions.',
  },
  {
    file: 'shared/render/body-markdown.ts',
    mutator: 'StringLiteral',
    code: "for (const match of (node.isText ? (node.text ?? '') : '').matchAll(/`+/g)) longest = Math.max(longest, match[0].length);",
    why: 'A code mark is only ever on text, and a text node always has its text: neither fallback is reached.',
  },
  {
    file: 'shared/render/body-markdown.ts',
    mutator: 'StringLiteral',
    code: "state.text(node.text ?? '');",
    why: 'A text node always has its text: the fallback is never reached.',
  },
  {
    file: 'main/services/library/asset-store.ts',
    mutator: 'ConditionalExpression',
    replacement: 'false',
    code: 'if (bytes.byteLength === 0) throw unsupported(fileName);',
    why: 'An empty file is refused a step later by the probe with the same error and message; the check only saves the probe.',
  },
  {
    file: 'main/services/library/collection-file.ts',
    mutator: 'Regex',
    code: "const stem = fileName.replace(/\\.json$/, '');",
    why: 'Every collection file name ends in .json and holds it once, so an unanchored pattern removes the same text.',
  },
];

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
  // Mutants that act at import time run against every test of the module; a module may leave them out.
  ignoreStatic: selected.ignoreStatic ?? false,
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
