// Builds the app when dist/ is missing or older than any source file.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = [
  'shared',
  'main',
  'renderer',
  'package.json',
  'vite.config.ts',
  'scripts/build-main.mjs',
  'scripts/preload-method-names.mjs',
];

function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Runs `npm run build` if the build is missing or stale; exits on failure. */
export function ensureBuild() {
  const stamp = path.join(root, 'dist', '.build-stamp');
  const built = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
  const changed = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
  if (built > changed) return;
  process.stderr.write('Building Briefdesk…\n');
  // A production build whatever runs this: inside Vitest NODE_ENV is 'test', and Vite would then bundle
  // React's development build (double effects, dev checks) into dist/, which the e2e tests and the bench run.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: ['ignore', 2, 2], env });
  if (result.status !== 0) {
    process.stderr.write('briefdesk: the build failed (see above).\n');
    process.exit(1);
  }
}
