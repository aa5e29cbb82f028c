import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/** The Electron executable, or why the Electron tests cannot run here. */
export type ElectronRuntime = { executable: string } | { skipReason: string };

/**
 * Finds the Electron runtime the way the `electron` package does:
 * ELECTRON_OVERRIDE_DIST_PATH, or node_modules/electron/path.txt + dist/.
 * On Linux a display is needed too (run under xvfb-run on a headless machine).
 */
export function findElectronRuntime(): ElectronRuntime {
  let packageDir: string;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return { skipReason: 'the electron package is not installed' };
  }
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDir, 'path.txt');
  if (!override && !existsSync(pathFile)) {
    return {
      skipReason: 'the Electron runtime is not installed (no node_modules/electron/path.txt; set ELECTRON_OVERRIDE_DIST_PATH to use one)',
    };
  }
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const executable = path.join(override || path.join(packageDir, 'dist'), relative);
  if (!existsSync(executable)) return { skipReason: `the Electron runtime is missing: ${executable} does not exist` };
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skipReason: 'no display for the Electron window (run the tests under xvfb-run)' };
  }
  return { executable };
}
