// npm run test:repeat [-- <runs>] [--keep-going]: the whole of npm test, again and again (five times
// unless told), to show the suite has no flaky test. Playwright's retry is off for these runs (CI's one
// retry would hide a flake). Each run's reports are kept in test-results/repeat/run-<n>/; the first failing run stops the series (unless --keep-going) and its
// failing tests are named. Ends with one line per run and "Repeat: N of N runs green".
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const options = { runs: 5, keepGoing: false };
  for (const arg of argv) {
    if (arg === '--keep-going') options.keepGoing = true;
    else if (/^[1-9][0-9]*$/.test(arg)) options.runs = Number(arg);
    else {
      process.stderr.write(`test:repeat: unknown argument "${arg}"\nUsage: npm run test:repeat [-- <runs>] [--keep-going]\n`);
      process.exit(2);
    }
  }
  return options;
}

function readJson(file) {
  try {
    return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
  } catch {
    return null;
  }
}

/** The failing tests a run's reports name: Vitest's and Playwright's. */
function failingTests(reportsDir) {
  const failing = [];
  const vitest = readJson(path.join(reportsDir, 'vitest.json'));
  for (const file of vitest?.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') failing.push(`unit: ${path.relative(root, file.name)} › ${test.fullName}`);
    }
  }
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected' || test.status === 'flaky') failing.push(`e2e (${test.status}): ${file} › ${spec.title}`);
      }
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const name of ['e2e.json', 'electron.json']) {
    for (const suite of readJson(path.join(reportsDir, name))?.suites ?? []) walk(suite, suite.file ?? suite.title);
  }
  return failing;
}

const options = parseArgs(process.argv.slice(2));
const repeatDir = path.join(root, 'test-results', 'repeat');
rmSync(repeatDir, { recursive: true, force: true });
mkdirSync(repeatDir, { recursive: true });

const results = [];
for (let run = 1; run <= options.runs; run += 1) {
  process.stdout.write(`\n══ test:repeat — run ${run} of ${options.runs} ══\n`);
  const started = Date.now();
  const env = { ...process.env, BRIEFDESK_E2E_RETRIES: '0' };
  const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'test.mjs')], { cwd: root, stdio: 'inherit', env });
  const minutes = (Date.now() - started) / 60000;
  const kept = path.join(repeatDir, `run-${run}`);
  const reports = path.join(root, 'test-results', 'reports');
  if (existsSync(reports)) cpSync(reports, kept, { recursive: true });
  const failing = result.status === 0 ? [] : failingTests(kept);
  results.push({ run, green: result.status === 0, minutes, failing });
  if (result.status !== 0 && !options.keepGoing) break;
}

process.stdout.write('\n');
for (const { run, green, minutes, failing } of results) {
  process.stdout.write(`run ${run}: ${green ? 'green' : 'FAILED'} in ${minutes.toFixed(1)} min\n`);
  for (const name of failing) process.stdout.write(`  ✖ ${name}\n`);
  if (!green && failing.length === 0) process.stdout.write('  ✖ a phase failed before its tests ran (see its output above)\n');
}
const green = results.filter((result) => result.green).length;
process.stdout.write(`Repeat: ${green} of ${options.runs} runs green\n`);
process.exit(green === options.runs ? 0 : 1);
