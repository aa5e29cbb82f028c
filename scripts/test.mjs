// npm test: lint, type-check, build, unit tests (vitest), the crash harness, browser e2e tests
// (Playwright + Chromium through the browser shell) and the Electron tests
// (which skip, with a reason, where the Electron runtime is absent).
// Ends with one summary line: "Summary: N passed, N failed, N skipped".
// First it checks what the tests need from the machine (scripts/test-dependencies.mjs): with CI set, a
// missing Java, Chromium or WordPress fails the run at once, saying what to install; elsewhere the tests
// that need it are skipped and the run says why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { root } from './ensure-build.mjs';
import { testDependencies } from './test-dependencies.mjs';

const runStarted = Date.now();
const reports = path.join(root, 'test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

/** Runs one phase with its output shown as it comes, then says how long it took. */
function run(title, command, args, env = {}) {
  process.stdout.write(`\n── ${title} ──\n`);
  const started = Date.now();
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  process.stdout.write(`── ${title}: ${result.status === 0 ? 'done' : 'failed'} in ${((Date.now() - started) / 1000).toFixed(1)} s ──\n`);
  return result.status === 0;
}

function readJson(file) {
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

const totals = { passed: 0, failed: 0, skipped: 0 };

const missing = testDependencies().filter((dependency) => dependency.missing);
if (process.env.CI && missing.length > 0) {
  for (const dependency of missing) {
    process.stdout.write(
      `✖ ${dependency.name} is missing (${dependency.detail}): CI must run ${dependency.needed}. Install it with \`${dependency.install}\` (.ci/run does).\n`,
    );
  }
  process.stdout.write(`\nSummary: 0 passed, ${missing.length} failed, 0 skipped\n`);
  process.exit(1);
}
/** Environment for the phases: tests whose dependency is missing skip themselves, saying why. */
const skipEnv = {};
for (const dependency of missing) {
  process.stdout.write(
    `Skipping ${dependency.needed}: ${dependency.name} is missing (${dependency.detail}; install: ${dependency.install}).\n`,
  );
  if (dependency.name === 'WordPress') skipEnv.BRIEFDESK_SKIP_WORDPRESS = '1';
}
const hasChromium = !missing.some((dependency) => dependency.name === 'Chromium');

// ESLint, dependency-cruiser and Prettier's check (scripts/lint.mjs), counted as one test;
// the phases after it run whatever it finds.
const lintOk = run('Lint', 'npm', ['run', '--silent', 'lint']);
totals[lintOk ? 'passed' : 'failed'] += 1;

let ok = run('Type check', 'npm', ['run', '--silent', 'typecheck']) && run('Build', 'npm', ['run', '--silent', 'build']);
if (!ok) {
  process.stdout.write(`\nSummary: ${totals.passed} passed, ${totals.failed + 1} failed\n`);
  process.exit(1);
}
ok = lintOk;

const vitestReport = path.join(reports, 'vitest.json');
ok =
  run('Unit tests', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`], skipEnv) && ok;
const vitest = readJson(vitestReport);
if (vitest) {
  totals.passed += vitest.numPassedTests;
  totals.failed += vitest.numFailedTests;
  totals.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  totals.failed += 1;
}

// The crash harness (tests/crash/run.mjs): 200 SIGKILLs of a process editing a
// library, each followed by a check that nothing acknowledged was lost. One test.
const crashOk = run('Crash harness', process.execPath, [path.join(root, 'tests', 'crash', 'run.mjs')]);
totals[crashOk ? 'passed' : 'failed'] += 1;
ok = crashOk && ok;

for (const [title, config, name] of [
  ['Browser end-to-end tests', 'playwright.config.ts', 'e2e.json'],
  ['Electron tests', 'tests/electron/playwright.electron.config.ts', 'electron.json'],
]) {
  if (!existsSync(path.join(root, config))) continue;
  if (!hasChromium && config === 'playwright.config.ts') {
    process.stdout.write(`\n── ${title} ──\nSkipped: Chromium is missing (see above).\n`);
    continue;
  }
  const report = path.join(reports, name);
  ok = run(title, 'npx', ['playwright', 'test', '-c', config, '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: report }) && ok;
  const stats = readJson(report)?.stats;
  if (stats) {
    totals.passed += stats.expected + stats.flaky;
    totals.failed += stats.unexpected;
    totals.skipped += stats.skipped;
  } else {
    totals.failed += 1;
  }
}

process.stdout.write(`\nAll phases took ${((Date.now() - runStarted) / 60000).toFixed(1)} min.`);
process.stdout.write(`\nSummary: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(ok && totals.failed === 0 ? 0 : 1);
