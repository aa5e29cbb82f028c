// Bundles the Node side (desktop main + preload, browser shell, CLI) with esbuild.
// The npm packages a shell loads when it starts are bundled too: Node then reads
// a few files instead of resolving and compiling hundreds of modules. Packages
// loaded only when a request needs them, or that read their own files at run
// time, stay external (they ship in node_modules). The sandboxed preload is one
// CommonJS file, since it cannot require anything but 'electron', and it gets
// the contract's method names as a bare list (preload-method-names.mjs), not zod.
// Each shell is split into chunks (dist/<shell>/chunks/): what it imports with
// import() (export, import, backups, publishing…) is read only when first used,
// so the shells start without parsing it. A shell's chunks stay in its folder
// (the installers ship dist/desktop/** only).
import { build } from 'esbuild';
import { rm, writeFile } from 'node:fs/promises';
import { assertNoZod, contractMethodNames, methodNamesOnly } from './preload-method-names.mjs';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

/**
 * Loaded from node_modules: the Electron runtime, the native SQLite binding (a .node file
 * built for the runtime that loads it), and what only some requests use (PDF, import, export, publishing).
 */
const external = ['electron', 'better-sqlite3', 'jsdom', 'playwright-core', 'mammoth', 'dompurify'];
/** Bundled CommonJS packages call require() for Node's modules; an ES module has none of its own. */
const requireShim =
  "import { createRequire as __briefdeskCreateRequire } from 'node:module'; const require = __briefdeskCreateRequire(import.meta.url);";

/**
 * The reader thread of an index rebuild (reads and checks brief files on another core): an entry of
 * its own in each shell, dist/<shell>/index-worker.js, found beside the shell's code at run time.
 */
const READER_THREAD = 'main/services/library/index-worker.ts';

/** One ESM shell, split: dist/<shell>/main.js, its reader thread and their chunks. */
const shell = (name, entry) =>
  build({
    ...common,
    format: 'esm',
    external,
    banner: { js: requireShim },
    splitting: true,
    entryPoints: { main: entry, 'index-worker': READER_THREAD },
    outdir: `dist/${name}`,
    chunkNames: 'chunks/[name]-[hash]',
    outExtension: { '.js': '.js' },
  });

await rm('dist/desktop/chunks', { recursive: true, force: true });
await rm('dist/web/chunks', { recursive: true, force: true });
await rm('dist/cli/chunks', { recursive: true, force: true });
const methodNames = await contractMethodNames();
const [, , , preload] = await Promise.all([
  shell('desktop', 'main/desktop/main.ts'),
  shell('web', 'main/web/main.ts'),
  shell('cli', 'main/cli/main.ts'),
  build({
    ...common,
    format: 'cjs',
    external: ['electron'],
    plugins: [methodNamesOnly(methodNames)],
    metafile: true,
    entryPoints: { 'desktop/preload': 'main/desktop/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
  }),
]);
assertNoZod(preload.metafile, 'The preload');
await writeFile('dist/.build-stamp', `${new Date().toISOString()}\n`);
