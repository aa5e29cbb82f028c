import { app, type Session, session, shell, type WebContents } from 'electron';
import { isAppUrl, parseUrl } from './app-url';

/** Link schemes the app hands to the system (the same the editor allows in links). */
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The URL to open in the system's browser or mail app for a link the page
 * tried to open, or null when it must not leave the app (file:, javascript:,
 * custom schemes, unparsable text).
 */
export function externalUrlToOpen(url: string): string | null {
  const parsed = parseUrl(url);
  if (parsed === null || !EXTERNAL_PROTOCOLS.has(parsed.protocol)) return null;
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return null;
  return parsed.href;
}

/** Keeps one web contents on the app's own pages; links to the web go to the system browser. */
export function guardWebContents(contents: WebContents): void {
  const stayInApp = (event: { url: string; preventDefault: () => void }): void => {
    if (!isAppUrl(event.url)) event.preventDefault();
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const external = externalUrlToOpen(url);
    if (external !== null) void shell.openExternal(external);
    return { action: 'deny' };
  });
}

/** Denies every permission a page may ask for (camera, notifications, geolocation, …). */
export function denyAllPermissions(target: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  target.setPermissionCheckHandler(() => false);
}

/**
 * The desktop security baseline for every web contents the app creates:
 * no navigation away from the app, no new windows, no webviews, no
 * permissions. Call before the first window opens.
 */
export function setupSecurity(): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  void app.whenReady().then(() => denyAllPermissions(session.defaultSession));
}
