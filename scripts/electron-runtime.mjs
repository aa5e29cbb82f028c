// Where the Electron runtime is, if this machine has one.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Absolute path of the Electron executable, or null when the runtime is not installed. */
export function electronRuntimePath() {
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || path.join(packageDir, 'dist');
  if (!relative && !process.env.ELECTRON_OVERRIDE_DIST_PATH) return null;
  const executable = path.join(distDir, relative || 'electron');
  return existsSync(executable) ? executable : null;
}

/** Tries once to download the runtime (npm's electron package installer); true when it worked. */
export function tryInstallElectronRuntime(spawnSync, timeoutMs = 90_000) {
  let installer;
  try {
    installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return false;
  }
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: timeoutMs });
  return result.status === 0 && electronRuntimePath() !== null;
}
