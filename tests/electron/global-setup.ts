import { findElectronRuntime } from './electron-runtime';

/** Says once, in one line, why the Electron tests are skipped. */
export default function globalSetup(): void {
  const runtime = findElectronRuntime();
  if ('skipReason' in runtime) process.stdout.write(`Electron tests skipped: ${runtime.skipReason}.\n`);
}
