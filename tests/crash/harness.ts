// The crash harness: runs the bundled child on one data dir, kills it with
// SIGKILL at a random moment, checks the library, and again, KILLS times.
// Arguments: <bundled child.js>. Environment: CRASH_SEED (replay a run),
// CRASH_KILLS (default 200), CRASH_KEEP_DIR=1 (leave the data dir for a look).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Acknowledged } from './acknowledged';
import { checkLibrary, type Findings } from './check-library';
import { between, prng } from './prng';
import { CrashChild } from './crash-child';
import type { BeginLine } from './protocol';

const HOUR = 60 * 60 * 1000;

function describeFindings(kill: number, findings: Findings, inFlight: readonly BeginLine[]): string {
  const lines = [
    `Kill ${kill}: ${findings.corrupt.length} corrupt, ${findings.lost.length} lost, ${findings.unexpected.length} unexpected`,
    `  in flight: ${inFlight.map((line) => `${line.op} ${line.id ?? ''}`).join('; ') || 'nothing'}`,
    ...[...findings.corrupt, ...findings.lost, ...findings.unexpected].map((text) => `  ${text}`),
  ];
  return lines.join('\n');
}

async function main(): Promise<number> {
  const childJs = process.argv[2];
  if (childJs === undefined) throw new Error('usage: harness <child.js>');
  const seed = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Math.floor(Math.random() * 2 ** 31);
  const kills = Number(process.env.CRASH_KILLS ?? 200);
  const random = prng(seed);
  const dataDir = await mkdtemp(join(tmpdir(), 'briefdesk-crash-'));
  const acked = new Acknowledged();
  const started = Date.now();
  const totals = { corrupt: 0, lost: 0, unexpected: 0 };
  const time = { children: 0, checks: 0 };
  let done = 0;
  let failure = '';
  process.stdout.write(`Crash harness: seed ${seed}, ${kills} kills, data in ${dataDir}\n`);

  let next = new CrashChild(childJs, dataDir);
  try {
    for (let kill = 1; kill <= kills && failure === ''; kill += 1) {
      const delay = between(random, 5, 150);
      const childSeed = between(random, 0, 2 ** 31 - 1);
      const runStarted = Date.now();
      const clockStart = Date.parse('2025-01-06T08:00:00Z') + kill * 6 * HOUR;
      const running = next.run({ seed: childSeed, clockStart }, delay);
      next = new CrashChild(childJs, dataDir);
      const run = await running;
      if (!run.killed) {
        failure = `Kill ${kill}: the child ended by itself (${run.exit}).\n${run.stderr}`;
        break;
      }
      const checkStarted = Date.now();
      time.children += checkStarted - runStarted;
      const inFlight = acked.record(run.lines);
      let findings: Findings;
      try {
        findings = await checkLibrary(dataDir, acked, inFlight);
      } catch (error) {
        failure = `Kill ${kill}: the library could not be checked: ${error instanceof Error ? error.message : String(error)}`;
        break;
      }
      time.checks += Date.now() - checkStarted;
      totals.corrupt += findings.corrupt.length;
      totals.lost += findings.lost.length;
      totals.unexpected += findings.unexpected.length;
      done = kill;
      if (findings.corrupt.length + findings.lost.length + findings.unexpected.length > 0) {
        failure = `${describeFindings(kill, findings, inFlight)}\n  (child seed ${childSeed}, killed ${delay} ms after start)`;
      }
      if (kill % 50 === 0) process.stdout.write(`  ${kill} kills, ${acked.count} writes acknowledged\n`);
    }
  } finally {
    await next.dispose();
    if (process.env.CRASH_KEEP_DIR !== '1' && failure === '') await rm(dataDir, { recursive: true, force: true });
  }

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (failure) process.stdout.write(`${failure}\nThe data dir is kept: ${dataDir}\n`);
  process.stdout.write(`  (running children ${(time.children / 1000).toFixed(1)} s, checking ${(time.checks / 1000).toFixed(1)} s)\n`);
  if (totals.unexpected > 0) process.stdout.write(`${totals.unexpected} unexpected states\n`);
  process.stdout.write(
    `Crash harness: ${done} kills, ${totals.corrupt} corrupt files, ${totals.lost} acknowledged writes lost, ${acked.count} writes acknowledged, seed ${seed}, ${seconds} s\n`,
  );
  return failure === '' && done === kills ? 0 : 1;
}

process.exitCode = await main();
