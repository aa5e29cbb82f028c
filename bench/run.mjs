// npm run bench [-- --quick]: bundles the benchmark with esbuild (Node cannot
// run the TypeScript sources directly; npm packages stay external and load
// from node_modules), builds the app when dist/ is missing or --build is
// given (the browser shell runs from dist/, as in the e2e tests), then runs it.
// The results table goes to stdout, progress to stderr.
// npm run corpus (`corpus` as the first argument) runs the import corpus,
// bench/corpus/main.ts, the same way; it needs no app build. `search-cpu` as the
// first argument runs bench/search-cpu.ts (search CPU time in-process on a library).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
// `npm run bench --quick` (without "--") reaches us as npm_config_quick.
const args = process.argv.slice(2);
const corpus = args[0] === 'corpus';
const searchCpu = args[0] === 'search-cpu';
if (corpus || searchCpu) args.shift();
if (process.env.npm_config_quick === 'true' && !args.includes('--quick')) args.push('--quick');

const wantsBuild = args.includes('--build');
if (!corpus && !searchCpu && (wantsBuild || !existsSync(path.join(root, 'dist/web/main.js')))) {
  const built = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Inside node_modules so the bundle resolves the external packages from the project.
const cache = path.join(root, 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(path.join(cache, 'briefdesk-bench-'));
try {
  await build({
    // The index's reader thread beside the bench, where LibraryStore looks for it (as in the shells' bundles).
    entryPoints: {
      bench: path.join(here, corpus ? 'corpus/main.ts' : searchCpu ? 'search-cpu.ts' : 'main.ts'),
      'index-worker': path.join(root, 'main/services/library/index-worker.ts'),
    },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  const rest = args.filter((arg) => arg !== '--build');
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', path.join(out, 'bench.js'), '--root', root, ...rest], {
    cwd: root,
    stdio: 'inherit',
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
