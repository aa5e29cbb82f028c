/**
 * Why talking to a WordPress site failed:
 * - `auth`: the site refused the user name or application password;
 * - `forbidden`: signed in, but the user may not do this (role too low);
 * - `auth_header_stripped`: the password is never seen by WordPress — a server in front of it drops the Authorization header;
 * - `unreachable`: no connection (refused, unknown host, network down);
 * - `timeout`: no answer in time — the request may still have been carried out;
 * - `rest_unavailable`: no WordPress REST API at that address (disabled, or not WordPress);
 * - `rejected`: the site refused the request's content (4xx other than the above);
 * - `server`: the site failed (5xx) or answered something unreadable;
 * - `invalid_target`: the target's settings are unusable (bad address, missing date for a scheduled post).
 */
export type WordPressErrorKind =
  'auth' | 'forbidden' | 'auth_header_stripped' | 'unreachable' | 'timeout' | 'rest_unavailable' | 'rejected' | 'server' | 'invalid_target';

/** Kinds worth trying again later unchanged (an outbox retries these; the others need the analyst). */
const RETRYABLE: ReadonlySet<WordPressErrorKind> = new Set(['unreachable', 'timeout', 'server']);

/** A failure talking to WordPress, with a message fit for the analyst. */
export class WordPressError extends Error {
  readonly kind: WordPressErrorKind;
  /** True when the same request may succeed later without any change (network, timeout, 5xx). */
  readonly retryable: boolean;
  /** HTTP status, when the site answered. */
  readonly status: number | null;
  /** WordPress's error code (e.g. `rest_not_logged_in`), when it gave one. */
  readonly code: string | null;

  constructor(kind: WordPressErrorKind, message: string, details: { status?: number | null; code?: string | null; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'WordPressError';
    this.kind = kind;
    this.retryable = RETRYABLE.has(kind);
    this.status = details.status ?? null;
    this.code = details.code ?? null;
  }

  toJSON(): { kind: WordPressErrorKind; message: string; retryable: boolean; status: number | null; code: string | null } {
    return { kind: this.kind, message: this.message, retryable: this.retryable, status: this.status, code: this.code };
  }
}

/** True for a WordPressError (of one of `kinds`, when given). */
export function isWordPressError(value: unknown, ...kinds: WordPressErrorKind[]): value is WordPressError {
  return value instanceof WordPressError && (kinds.length === 0 || kinds.includes(value.kind));
}
