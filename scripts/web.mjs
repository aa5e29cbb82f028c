// npm run web -- --data DIR --port N : builds if needed, then runs the browser shell.
import { ensureBuild, root } from './ensure-build.mjs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

ensureBuild();
await import(pathToFileURL(path.join(root, 'dist/web/main.js')).href);
