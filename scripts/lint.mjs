// npm run lint: ESLint (code rules and the boundaries between the parts of the app),
// dependency-cruiser (no import cycles) and Prettier's check, run side by side. Each tool's
// output is printed whole once it is done; the step fails when any of them does.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const tools = [
  { title: 'ESLint', bin: 'eslint', args: ['.', '--max-warnings=0'] },
  { title: 'dependency-cruiser', bin: 'depcruise', args: ['main', 'shared', 'renderer', '--config', '.dependency-cruiser.cjs'] },
  { title: 'Prettier', bin: 'prettier', args: ['--check', '.', '--log-level=warn'] },
];

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

const started = Date.now();
const results = await Promise.all(tools.map(run));
tools.forEach((tool, index) => {
  const { ok, output } = results[index];
  process.stdout.write(`${ok ? '✔' : '✖'} ${tool.title}\n${ok ? '' : output.trimEnd() + '\n'}`);
});
const failed = tools.filter((_, index) => !results[index].ok).map((tool) => tool.title);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stdout.write(failed.length === 0 ? `Lint passed (${seconds} s)\n` : `Lint failed: ${failed.join(', ')} (${seconds} s)\n`);
process.exit(failed.length === 0 ? 0 : 1);
