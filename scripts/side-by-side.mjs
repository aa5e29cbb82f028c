// Runs a few command-line tools side by side (at most one per core), each tool's output kept aside and
// printed whole once all are done, then one line with the outcome and the time taken. Used by
// `npm run lint` and `npm run typecheck`.
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Runs one tool with its output kept aside; resolves with whether it passed and what it printed. */
function run({ bin, args }) {
  return new Promise((resolve) => {
    const env = { ...process.env, ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
    const child = spawn(path.join(root, 'node_modules', '.bin', bin), args, { cwd: root, env });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('error', (error) => resolve({ ok: false, output: `${error.message}\n` }));
    child.on('close', (code) => resolve({ ok: code === 0, output: Buffer.concat(output).toString() }));
  });
}

/**
 * Runs `tools` ({ title, bin, args }) with at most `limit` at a time, prints "✔ title" or "✖ title" and the
 * failing tools' output, then "<label> passed (12.3 s)" or "<label> failed: …", and exits with 0 or 1.
 */
export async function runSideBySide(label, tools, limit = Math.max(2, os.availableParallelism())) {
  const started = Date.now();
  const results = new Array(tools.length);
  let next = 0;
  async function lane() {
    while (next < tools.length) {
      const index = next++;
      results[index] = await run(tools[index]);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tools.length) }, lane));
  tools.forEach((tool, index) => {
    const { ok, output } = results[index];
    process.stdout.write(`${ok ? '✔' : '✖'} ${tool.title}\n${ok ? '' : output.trimEnd() + '\n'}`);
  });
  const failed = tools.filter((_, index) => !results[index].ok).map((tool) => tool.title);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  process.stdout.write(failed.length === 0 ? `${label} passed (${seconds} s)\n` : `${label} failed: ${failed.join(', ')} (${seconds} s)\n`);
  process.exit(failed.length === 0 ? 0 : 1);
}
