import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { assetMimeType } from '../../shared/model/asset-mime';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { APP_HOST, APP_SCHEME, ASSET_HOST, parseUrl } from './app-url';

/** Content types of the files a Vite build puts in dist/renderer. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** Headers on every answer of the scheme. */
const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** What the scheme's handler needs from the world; fakes in tests. */
export interface AppProtocolDeps {
  /** Absolute path of the built renderer (dist/renderer). */
  rendererDir: string;
  /** Absolute path of an asset id in the library, or null when there is none. */
  assetPath: (assetId: string) => string | null;
  /** Reads a whole file; rejects when it is missing or a directory. */
  readFile: (file: string) => Promise<Uint8Array<ArrayBuffer>>;
}

/** The part of a Request the handler looks at. */
export interface AppRequest {
  url: string;
  method: string;
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

/** Decodes a URL path; null when it is malformed or carries a NUL byte. */
function decodePath(pathname: string): string | null {
  try {
    const decoded = decodeURIComponent(pathname);
    return decoded.includes('\0') ? null : decoded;
  } catch {
    return null;
  }
}

/**
 * The file under `root` that a URL path names, or null when the path would
 * leave `root` (`..`, encoded `%2e%2e` or `%2f`, backslashes, absolute paths).
 */
export function resolveInside(root: string, urlPath: string): string | null {
  const decoded = decodePath(urlPath);
  if (decoded === null) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  const fromRoot = path.relative(base, file);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) return null;
  return file;
}

async function fileResponse(deps: AppProtocolDeps, file: string, headers: Record<string, string>, withBody: boolean): Promise<Response> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = await deps.readFile(file);
  } catch {
    return notFound();
  }
  const body = withBody ? bytes : null;
  return new Response(body, { status: 200, headers: { ...COMMON_HEADERS, ...headers } });
}

async function serveAppFile(deps: AppProtocolDeps, pathname: string, withBody: boolean): Promise<Response> {
  const file = resolveInside(deps.rendererDir, pathname);
  if (file === null) return notFound();
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return fileResponse(
    deps,
    file,
    { 'Content-Type': contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'Cache-Control': 'no-cache' },
    withBody,
  );
}

async function serveAsset(deps: AppProtocolDeps, pathname: string, withBody: boolean): Promise<Response> {
  const assetId = decodePath(pathname.replace(/^\//, ''));
  if (assetId === null || /[/\\]/.test(assetId)) return notFound();
  const mime = assetMimeType(assetId);
  const file = mime === null ? null : deps.assetPath(assetId);
  if (mime === null || file === null) return notFound();
  return fileResponse(deps, file, { 'Content-Type': mime, 'Cache-Control': 'private, max-age=31536000, immutable' }, withBody);
}

/**
 * Answers one request of the briefdesk: scheme. `briefdesk://app/<path>` is a
 * file of the built renderer, sent with the app's Content-Security-Policy;
 * `briefdesk://asset/<assetId>` is an image of the library. Anything else,
 * and any path that would leave its folder, is a 404.
 */
export async function answerAppRequest(request: AppRequest, deps: AppProtocolDeps): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { ...COMMON_HEADERS, Allow: 'GET, HEAD' } });
  }
  const url = parseUrl(request.url);
  if (url === null || url.protocol !== `${APP_SCHEME}:`) return notFound();
  const withBody = request.method === 'GET';
  if (url.host === APP_HOST) return serveAppFile(deps, url.pathname, withBody);
  if (url.host === ASSET_HOST) return serveAsset(deps, url.pathname, withBody);
  return notFound();
}

/**
 * Declares the scheme privileged (a secure, standard origin with fetch, like
 * https). Must run before the app's 'ready' event.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
    },
  ]);
}

/** Serves the scheme (after 'ready'): the built renderer and the library's images. */
export function setupAppProtocol(options: Pick<AppProtocolDeps, 'rendererDir' | 'assetPath'>): void {
  const deps: AppProtocolDeps = { ...options, readFile: (file) => readFile(file) };
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request, deps));
}
