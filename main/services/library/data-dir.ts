import { homedir } from 'node:os';
import path from 'node:path';

/** The app name Electron derives userData from. */
const APP_NAME = 'Briefdesk';

/**
 * The library folder the desktop app uses (Electron's app.getPath('userData')
 * for an app named "Briefdesk"), so the browser shell and CLI default to the
 * same library: Linux $XDG_CONFIG_HOME/Briefdesk or ~/.config/Briefdesk,
 * macOS ~/Library/Application Support/Briefdesk, Windows %APPDATA%\Briefdesk.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA || path.win32.join(home, 'AppData', 'Roaming'), APP_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_NAME);
  return path.posix.join(env.XDG_CONFIG_HOME || path.posix.join(home, '.config'), APP_NAME);
}
