#!/usr/bin/env node
// The briefdesk command line: builds if needed (in a source checkout), then runs.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (existsSync(path.join(root, 'scripts/ensure-build.mjs'))) {
  const { ensureBuild } = await import(pathToFileURL(path.join(root, 'scripts/ensure-build.mjs')).href);
  ensureBuild();
}
await import(pathToFileURL(path.join(root, 'dist/cli/main.js')).href);
