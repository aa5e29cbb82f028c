/** The app's own URL scheme: pages at briefdesk://app/…, library images at briefdesk://asset/<id>. */
export const APP_SCHEME = 'briefdesk';

/** Host of the built renderer's files. */
export const APP_HOST = 'app';

/** Host of the library's images. */
export const ASSET_HOST = 'asset';

/** The page the main window opens. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Parses a URL, or null when it is not one. */
export function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** Whether `url` is one of the app's own pages (briefdesk://app/…): the only origin trusted with the API. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
}
