// npm run crash: bundles the crash harness and its child with esbuild into a
// temp dir in node_modules/.cache (Node cannot run the TypeScript sources directly), then runs the
// harness. Exit code 0 when no kill corrupted or lost anything.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = path.dirname(fileURLToPath(import.meta.url));
// Inside node_modules, so the bundle finds the packages it leaves external (the native SQLite binding).
const cache = path.resolve(here, '../../node_modules/.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(path.join(cache, 'briefdesk-crash-build-'));
try {
  await build({
    // The index's reader thread beside the child, where LibraryStore looks for it (as in the shells' bundles).
    entryPoints: {
      harness: path.join(here, 'harness.ts'),
      child: path.join(here, 'child.ts'),
      'index-worker': path.join(here, '../../main/services/library/index-worker.ts'),
    },
    outdir: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    // The native SQLite binding loads its .node file from node_modules.
    external: ['better-sqlite3'],
    // Bundled CommonJS packages call require(); give the ES module one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  const result = spawnSync(process.execPath, [path.join(out, 'harness.js'), path.join(out, 'child.js')], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(out, { recursive: true, force: true });
}
