import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { parseCookie } from 'cookie';

/** Name of the cookie that carries the token for images and scripts (per port). */
export const tokenCookieName = (port: number): string => `briefdesk_token_${port}`;

/** Host names the server answers to; anything else may be DNS rebinding. */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** An Origin header, when present, must be the server's own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}

function sameToken(candidate: string | undefined, token: string): boolean {
  if (!candidate) return false;
  const a = Buffer.from(candidate);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

export type TokenSource = 'header' | 'cookie' | 'query' | null;

/**
 * Where a request proved it knows the run's token: the Authorization header
 * (API calls), the cookie (images, scripts) or the `token` query parameter
 * (the URL printed at start). Null when it did not.
 */
export function tokenSource(req: IncomingMessage, url: URL, token: string, port: number): TokenSource {
  const authorization = req.headers.authorization;
  if (authorization?.startsWith('Bearer ') && sameToken(authorization.slice('Bearer '.length), token)) {
    return 'header';
  }
  const cookies = req.headers.cookie ? parseCookie(req.headers.cookie) : {};
  if (sameToken(cookies[tokenCookieName(port)], token)) return 'cookie';
  if (sameToken(url.searchParams.get('token') ?? undefined, token)) return 'query';
  return null;
}
