/**
 * Publishing to WordPress (REST API, application passwords), for the
 * Publish dialog, the outbox and the CLI:
 *
 * - `testConnection(site)` → ConnectionResult: ok, or the problem in words
 *   (wrong password, unreachable, no REST API, Authorization header stripped…).
 * - `publishToWordPress(store, briefId, target, options)` → PublishResult:
 *   `created` / `updated`, or `remote_changed` / `remote_missing` (nothing
 *   written; ask the analyst, then publish with `overwrite` or `pullRemote`).
 *   Throws WordPressError; `error.retryable` tells the outbox whether to retry.
 * - `pullRemote(store, briefId, target)`: the site's text into a new revision of the brief.
 *
 * What was published where is kept in the library's publications.json
 * (../publications.ts).
 */
export { pullRemote, type PullResult } from './pull-remote';
export {
  publishToWordPress,
  type PublishDone,
  type PublishOptions,
  type PublishRemoteChanged,
  type PublishRemoteMissing,
  type PublishResult,
  WordPressPostStatus,
} from './publish-to-wordpress';
export { type ConnectionFailed, type ConnectionOk, type ConnectionResult, testConnection } from './test-connection';
export { isWordPressError, WordPressError, type WordPressErrorKind } from './wordpress-error';
export { type WordPressSite, WordPressTarget } from './wordpress-target';
