import { z } from 'zod';
import { WordPressError } from './wordpress-error';
import type { WordPressSite } from './wordpress-target';

/** Time allowed for one request, unless the caller says otherwise. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** One REST request, relative to the site's API root. */
export interface RestRequest {
  method?: 'GET' | 'POST' | 'DELETE' | 'OPTIONS';
  /** The route, e.g. `/wp/v2/posts/12`. */
  route: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** A JSON body. */
  json?: unknown;
  /** A raw body (a media upload), sent with `headers`. */
  body?: Uint8Array;
  headers?: Record<string, string>;
  /** Send the application password (default true). */
  auth?: boolean;
}

/** What the site answered: the status, headers and the body parsed as JSON (undefined when it was not JSON). */
export interface RestResponse {
  status: number;
  headers: Headers;
  json: unknown;
  /** The start of the body as text, for telling what answered. */
  text: string;
}

/** A WordPress REST error body: `{ code, message, data: { status } }`. */
const RestErrorBody = z.object({ code: z.string(), message: z.string() });

/** The `code` and `message` of a WordPress error body, if the body is one. */
export function restError(response: RestResponse): { code: string; message: string } | null {
  const parsed = RestErrorBody.safeParse(response.json);
  return parsed.success ? parsed.data : null;
}

const plain = (html: string): string =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Network failure codes (Node's fetch puts them on `cause`) meaning "no connection". */
function networkCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Error; depth += 1) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = current.cause;
  }
  return null;
}

/**
 * A plain-Node client of one site's REST API (fetch, no Electron): builds
 * `?rest_route=` addresses (they work with and without pretty permalinks),
 * signs in with the application password (HTTP Basic), bounds every request
 * by a timeout, and turns failures into WordPressError with a message for
 * the analyst.
 */
export class WordPressRest {
  readonly site: WordPressSite;
  readonly timeoutMs: number;
  readonly #base: URL;

  constructor(site: WordPressSite, options: { timeoutMs?: number } = {}) {
    this.site = site;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    try {
      this.#base = new URL(site.url.endsWith('/') ? site.url : `${site.url}/`);
    } catch (error) {
      throw new WordPressError('invalid_target', `“${site.url}” is not a web address.`, { cause: error });
    }
    if (this.#base.protocol !== 'http:' && this.#base.protocol !== 'https:') {
      throw new WordPressError('invalid_target', `“${site.url}” is not an http or https address.`);
    }
  }

  /** The full address of a request. */
  url(route: string, query: RestRequest['query'] = {}): string {
    const url = new URL(this.#base);
    url.searchParams.set('rest_route', route);
    for (const [key, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(key, String(value));
    return url.toString();
  }

  /** The Authorization header of the application password. */
  authorization(): string {
    return `Basic ${Buffer.from(`${this.site.username}:${this.site.applicationPassword}`, 'utf8').toString('base64')}`;
  }

  /**
   * Sends a request and returns whatever the site answered (any status).
   * Throws WordPressError 'unreachable' (no connection) or 'timeout' (no
   * answer in time: the site may still have done what was asked).
   */
  async send(request: RestRequest): Promise<RestResponse> {
    const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
    if (request.auth !== false) headers.Authorization = this.authorization();
    let body: BodyInit | undefined;
    if (request.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.body !== undefined) {
      body = new Blob([new Uint8Array(request.body)]);
    }
    const host = this.#base.host;
    let response: Response;
    let text: string;
    try {
      response = await fetch(this.url(request.route, request.query), {
        method: request.method ?? 'GET',
        headers,
        body,
        redirect: 'follow',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
        throw new WordPressError('timeout', `${host} did not answer within ${Math.round(this.timeoutMs / 1000)} s.`, { cause: error });
      }
      const code = networkCode(error);
      const why =
        code === 'ENOTFOUND' || code === 'EAI_AGAIN'
          ? `the name ${this.#base.hostname} could not be found`
          : code === 'ECONNREFUSED'
            ? 'the connection was refused'
            : code === 'ECONNRESET' || code === 'UND_ERR_SOCKET'
              ? 'the connection was cut'
              : 'there is no network connection to it';
      throw new WordPressError('unreachable', `Cannot reach ${host}: ${why}.`, { cause: error });
    }
    let json: unknown;
    try {
      json = text === '' ? undefined : JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, json, text: text.slice(0, 2000) };
  }

  /**
   * Sends a request and returns its JSON body checked with `schema`. A
   * non-2xx answer, or one that is not WordPress's JSON, throws
   * WordPressError with the site's own message.
   */
  async call<T>(schema: z.ZodType<T>, request: RestRequest): Promise<T> {
    const response = await this.send(request);
    if (response.status >= 200 && response.status < 300) {
      const parsed = schema.safeParse(response.json);
      if (parsed.success) return parsed.data;
      if (response.json === undefined) throw this.notRest(response);
      throw new WordPressError(
        'server',
        `${this.#base.host} answered ${request.route} in an unexpected shape: ${parsed.error.issues[0]?.message ?? 'invalid'}.`,
        {
          status: response.status,
        },
      );
    }
    throw this.failure(response);
  }

  /** The WordPressError for an answer that is not a success. */
  failure(response: RestResponse): WordPressError {
    const error = restError(response);
    const host = this.#base.host;
    const details = { status: response.status, code: error?.code ?? null };
    const said = error ? ` (WordPress said: “${plain(error.message)}”)` : '';
    if (response.status === 401) {
      return new WordPressError(
        'auth',
        `${host} refused the user name or application password${said}. Check both in the target's settings.`,
        details,
      );
    }
    if (response.status === 403) {
      return new WordPressError(
        'forbidden',
        `${host} does not allow ${this.site.username} to do this${said}. The user needs the Editor or Administrator role.`,
        details,
      );
    }
    if (!error) return this.notRest(response);
    if (response.status >= 500)
      return new WordPressError('server', `${host} failed to handle the request${said}. Try again later.`, details);
    return new WordPressError('rejected', `${host} refused the request${said}.`, details);
  }

  /** The WordPressError for an answer that is not WordPress's REST API at all. */
  notRest(response: RestResponse): WordPressError {
    const host = this.#base.host;
    if (response.status >= 500) {
      return new WordPressError('server', `${host} failed (HTTP ${response.status}). Try again later.`, { status: response.status });
    }
    return new WordPressError(
      'rest_unavailable',
      `${host} does not offer the WordPress REST API (HTTP ${response.status}, not WordPress's JSON). Check the address, and that the REST API is not turned off by a plugin or the server.`,
      { status: response.status },
    );
  }
}
