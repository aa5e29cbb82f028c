import path from 'node:path';

/**
 * The library folder the desktop app opens: `--data=DIR` (or `--data DIR`)
 * on the command line, else BRIEFDESK_DATA_DIR, else the app's userData
 * folder. Tests point the app at their own folder this way.
 */
export function resolveDataDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  const index = argv.findIndex((arg) => arg === '--data' || arg.startsWith('--data='));
  const arg = argv[index];
  const fromArgs = arg === undefined ? undefined : arg === '--data' ? argv[index + 1] : arg.slice('--data='.length);
  const chosen = fromArgs || env.BRIEFDESK_DATA_DIR || userDataDir;
  return path.resolve(chosen);
}
