// Bundles the Node side (desktop main + preload, browser shell, CLI) with esbuild.
// npm packages stay external (they ship in node_modules); the sandboxed preload
// is one CommonJS file, since it cannot require anything but 'electron'.
import { build } from 'esbuild';
import { writeFile } from 'node:fs/promises';

const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, logLevel: 'warning' };

await Promise.all([
  build({
    ...common,
    format: 'esm',
    packages: 'external',
    entryPoints: {
      'desktop/main': 'main/desktop/main.ts',
      'web/main': 'main/web/main.ts',
      'cli/main': 'main/cli/main.ts',
    },
    outdir: 'dist',
    outExtension: { '.js': '.js' },
  }),
  build({
    ...common,
    format: 'cjs',
    external: ['electron'],
    entryPoints: { 'desktop/preload': 'main/desktop/preload.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.cjs' },
  }),
]);
await writeFile('dist/.build-stamp', `${new Date().toISOString()}\n`);
