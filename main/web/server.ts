import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import { stringifySetCookie } from 'cookie';
import type { ApiHandlers } from '../../shared/api/contract';
import { dispatch } from '../../shared/api/dispatch';
import { assetMimeType } from '../../shared/model/asset-mime';
import { BriefdeskError } from '../../shared/model/errors';
import { CONTENT_SECURITY_POLICY } from '../security/content-security-policy';
import { isAllowedHost, isAllowedOrigin, tokenCookieName, tokenSource } from './access';
import { readJsonBody } from './read-json-body';

/** API requests carry at most a file to import (100 MB, as base64) plus some JSON. */
const MAX_REQUEST_BYTES = 140 * 1024 * 1024;

export interface WebServerOptions {
  handlers: ApiHandlers;
  /** Absolute path of an asset id in the store, or null. */
  assetPath: (assetId: string) => string | null;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port: number;
  /** A fixed token (tests); random per run otherwise. */
  token?: string;
}

export interface RunningWebServer {
  url: string;
  port: number;
  token: string;
  close: () => Promise<void>;
}

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

/**
 * The browser shell: serves the built renderer and the API contract over
 * HTTP on 127.0.0.1 only. Every request must prove it knows the run's token;
 * the Host and Origin headers must be the server's own.
 */
export async function startWebServer(options: WebServerOptions): Promise<RunningWebServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const indexHtml = await readFile(path.join(options.rendererDir, 'index.html'), 'utf8');
  const serveStatic = sirv(options.rendererDir, { dev: false, etag: true, dotfiles: false });
  let port = options.port;

  const pageHtml = indexHtml.replace(
    /<meta name="briefdesk-token" content="[^"]*"\s*\/?>/,
    `<meta name="briefdesk-token" content="${token}">`,
  );

  async function handleApi(req: IncomingMessage, res: ServerResponse, name: string): Promise<void> {
    if (req.method !== 'POST') {
      send(res, 405, 'Use POST for API calls.');
      return;
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      send(res, 415, 'API calls must be JSON.');
      return;
    }
    let input: unknown;
    try {
      input = await readJsonBody(req, MAX_REQUEST_BYTES);
    } catch (error) {
      const failure = error instanceof BriefdeskError ? error : new BriefdeskError('invalid_input', String(error));
      send(res, 200, JSON.stringify({ ok: false, error: failure.toJSON() }), 'application/json');
      return;
    }
    const result = await dispatch(options.handlers, name, input);
    send(res, 200, JSON.stringify(result), 'application/json');
  }

  function handleAsset(res: ServerResponse, assetId: string): void {
    const file = options.assetPath(assetId);
    const mime = assetMimeType(assetId);
    if (!file || !mime) {
      send(res, 404, 'No such image.');
      return;
    }
    res.writeHead(200, { 'Content-Type': mime, 'Cache-Control': 'private, max-age=31536000, immutable' });
    createReadStream(file)
      .on('error', () => res.destroy())
      .pipe(res);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    if (!isAllowedHost(req.headers.host, port)) {
      send(res, 403, 'Forbidden: unexpected Host header.');
      return;
    }
    const origin = req.headers.origin;
    if (!isAllowedOrigin(origin, port) || req.headers['sec-fetch-site'] === 'cross-site') {
      send(res, 403, 'Forbidden: cross-origin request.');
      return;
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const source = tokenSource(req, url, token, port);
    if (source === null) {
      send(res, 401, 'Unauthorized: open the address Briefdesk printed when it started (it includes the access token).');
      return;
    }
    if (source === 'query') {
      res.setHeader('Set-Cookie', stringifySetCookie(tokenCookieName(port), token, { httpOnly: true, sameSite: 'strict', path: '/' }));
    }
    const pathname = url.pathname;
    if (pathname.startsWith('/api/')) {
      await handleApi(req, res, decodeURIComponent(pathname.slice('/api/'.length)));
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed.');
      return;
    }
    if (pathname.startsWith('/asset/')) {
      handleAsset(res, decodeURIComponent(pathname.slice('/asset/'.length)));
      return;
    }
    if (pathname === '/' || pathname === '/index.html') {
      send(res, 200, pageHtml, 'text/html; charset=utf-8');
      return;
    }
    serveStatic(req, res, () => send(res, 404, 'Not found.'));
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, `Internal error: ${error instanceof Error ? error.message : String(error)}`);
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The server has no TCP address.');
  port = address.port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
