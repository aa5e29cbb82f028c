// npm start: the desktop app where the Electron runtime exists; otherwise the
// browser shell on the desktop app's data folder.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild, root } from './ensure-build.mjs';
import { electronRuntimePath, tryInstallElectronRuntime } from './electron-runtime.mjs';

ensureBuild();
const runtime = electronRuntimePath() ?? (tryInstallElectronRuntime(spawnSync) ? electronRuntimePath() : null);

if (runtime) {
  const child = spawn(runtime, [root, ...process.argv.slice(2)], { stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  process.stderr.write('The Electron runtime is not installed and could not be downloaded, so Briefdesk opens in your browser instead.\n');
  await import(pathToFileURL(path.join(root, 'dist/web/main.js')).href);
}
