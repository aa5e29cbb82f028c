// npm run mutation [-- --module storage,model] [--force]: StrykerJS over the core, one module after
// another (stryker.config.mjs lists them), incremental — a rerun mutates only what changed — then a
// table of each module's score. Surviving mutants listed as equivalent in stryker.config.mjs are left
// out of the score; every other survivor is printed with its place in the code.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GOAL = 85;

process.env.BRIEFDESK_MUTATION_MODULE ??= 'storage';
const { coreModules } = await import(pathToFileURL(path.join(root, 'scripts', 'mutation-modules.mjs')).href);
const { equivalentMutants } = await import(pathToFileURL(path.join(root, 'stryker.config.mjs')).href);

function parseArgs(argv) {
  const options = { modules: Object.keys(coreModules), force: false, report: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--force') options.force = true;
    else if (arg === '--report') options.report = true;
    else if (arg === '--module' || arg === '--modules') options.modules = (argv[++index] ?? '').split(',').filter(Boolean);
    else if (arg.startsWith('--module=')) options.modules = arg.slice('--module='.length).split(',').filter(Boolean);
    else {
      process.stderr.write(
        `mutation: unknown argument "${arg}"\nUsage: npm run mutation [-- --module ${Object.keys(coreModules).join(',')}] [--force] [--report]\n`,
      );
      process.exit(2);
    }
  }
  const unknown = options.modules.filter((name) => !(name in coreModules));
  if (unknown.length > 0) {
    process.stderr.write(`mutation: unknown module ${unknown.join(', ')}; the modules are ${Object.keys(coreModules).join(', ')}\n`);
    process.exit(2);
  }
  return options;
}

/** The text of a mutant's first line in its file, trimmed (how equivalent mutants are matched). */
function lineOf(source, line) {
  return (source.split('\n')[line - 1] ?? '').trim();
}

function isEquivalent(entry, file, mutant, source) {
  return (
    entry.file === file &&
    entry.mutator === mutant.mutatorName &&
    (entry.replacement === undefined || entry.replacement === mutant.replacement) &&
    entry.code === lineOf(source, mutant.location.start.line)
  );
}

/** Counts of one module's report, with equivalent survivors set apart. */
function summarize(report) {
  const counts = { mutants: 0, killed: 0, timeout: 0, survived: 0, noCoverage: 0, equivalent: 0, invalid: 0, ignored: 0 };
  const survivors = [];
  const matched = new Set();
  for (const [file, { source, mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      counts.mutants += 1;
      const status = mutant.status;
      if (status === 'Killed') counts.killed += 1;
      else if (status === 'Timeout') counts.timeout += 1;
      else if (status === 'CompileError' || status === 'RuntimeError') counts.invalid += 1;
      else if (status === 'Ignored') counts.ignored += 1;
      else if (status === 'Survived' || status === 'NoCoverage') {
        const entry = equivalentMutants.find((candidate) => isEquivalent(candidate, file, mutant, source));
        if (entry) {
          counts.equivalent += 1;
          matched.add(entry);
        } else {
          counts[status === 'Survived' ? 'survived' : 'noCoverage'] += 1;
          survivors.push({ file, mutant, code: lineOf(source, mutant.location.start.line) });
        }
      }
    }
  }
  const detected = counts.killed + counts.timeout;
  const valid = detected + counts.survived + counts.noCoverage;
  counts.score = valid === 0 ? 100 : (100 * detected) / valid;
  return { counts, survivors, matched, files: Object.keys(report.files) };
}

function runModule(name, force) {
  const args = ['stryker', 'run', 'stryker.config.mjs', ...(force ? ['--force'] : [])];
  const started = Date.now();
  const result = spawnSync('npx', args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BRIEFDESK_MUTATION_MODULE: name },
  });
  return { ok: result.status === 0, seconds: (Date.now() - started) / 1000 };
}

function formatDuration(seconds) {
  if (seconds === null || seconds === undefined) return '–';
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${Math.round(seconds)} s`;
}

const options = parseArgs(process.argv.slice(2));
const reportsDir = path.join(root, 'reports', 'mutation');
mkdirSync(reportsDir, { recursive: true });
const timesFile = path.join(root, 'tests', 'mutation', 'durations.json');
const durations = existsSync(timesFile) ? JSON.parse(readFileSync(timesFile, 'utf8')) : {};

let failed = false;
for (const name of options.modules) {
  if (options.report) break;
  process.stdout.write(`\n── mutation: ${name} — ${coreModules[name].title} ──\n`);
  const { ok, seconds } = runModule(name, options.force);
  if (!ok) {
    process.stderr.write(`mutation: StrykerJS failed on the module ${name} (see above).\n`);
    failed = true;
    continue;
  }
  durations[name] = { seconds: Math.round(seconds), at: new Date().toISOString() };
  writeFileSync(timesFile, `${JSON.stringify(durations, null, 2)}\n`);
}

const rows = [];
const stale = new Set(equivalentMutants);
for (const name of options.modules) {
  const reportFile = path.join(reportsDir, `${name}.json`);
  if (!existsSync(reportFile)) {
    rows.push({ name, missing: true });
    continue;
  }
  const summary = summarize(JSON.parse(readFileSync(reportFile, 'utf8')));
  for (const entry of summary.matched) stale.delete(entry);
  rows.push({ name, ...summary });
}
for (const entry of [...stale]) {
  const module = Object.entries(coreModules).find(([, { mutate }]) =>
    mutate.some((glob) => entry.file.startsWith(glob.replace(/\*.*$/, ''))),
  );
  if (!module || !options.modules.includes(module[0])) stale.delete(entry);
}

for (const row of rows) {
  if (row.missing || row.survivors.length === 0) continue;
  process.stdout.write(`\nSurviving mutants in ${row.name}:\n`);
  for (const { file, mutant, code } of row.survivors) {
    const where = `${file}:${mutant.location.start.line}:${mutant.location.start.column}`;
    process.stdout.write(`  ${mutant.status === 'NoCoverage' ? 'no coverage' : 'survived'}  ${where}  ${mutant.mutatorName}  ${code}\n`);
    if (mutant.replacement !== undefined) process.stdout.write(`      → ${mutant.replacement.split('\n')[0]}\n`);
  }
}
if (stale.size > 0) {
  process.stdout.write('\nEquivalent mutants listed in stryker.config.mjs that match no surviving mutant any more (remove them):\n');
  for (const entry of stale) process.stdout.write(`  ${entry.file}  ${entry.mutator}  ${entry.code}\n`);
}

const header = '| module | mutants | killed | timed out | survived | no coverage | equivalent | static, left out | score | run time |';
const lines = [header, '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'];
for (const row of rows) {
  if (row.missing) {
    lines.push(`| ${row.name} | – | – | – | – | – | – | – | not run | – |`);
    continue;
  }
  const { counts } = row;
  const mark = counts.score >= GOAL ? '' : ' ✗';
  lines.push(
    `| ${row.name} | ${counts.mutants - counts.invalid - counts.ignored} | ${counts.killed} | ${counts.timeout} | ${counts.survived} | ${counts.noCoverage} | ${counts.equivalent} | ${counts.ignored} | ${counts.score.toFixed(1)} %${mark} | ${formatDuration(durations[row.name]?.seconds)} |`,
  );
}
process.stdout.write(
  `\nMutation score per core module (goal ≥ ${GOAL} %; mutants that do not compile are not counted):\n\n${lines.join('\n')}\n`,
);
const below = rows.filter((row) => !row.missing && row.counts.score < GOAL).map((row) => row.name);
if (below.length > 0) process.stdout.write(`\nBelow the goal: ${below.join(', ')}\n`);
process.exit(failed || below.length > 0 || rows.some((row) => row.missing) ? 1 : 0);
