import type { TargetTestResult } from '../../shared/publish/target';

/** Plain words for the problems "Test connection" can find, before the site's own message. */
const PROBLEM_HEADLINES: Record<string, string> = {
  auth: 'Wrong user name or application password.',
  unreachable: 'The site could not be reached.',
  timeout: 'The site did not answer in time.',
  rest_unavailable: 'No WordPress REST API answers at that address (turned off, or not a WordPress site).',
  auth_header_stripped: 'The site’s server removes the Authorization header, so WordPress never sees the password.',
  application_passwords_off: 'Application passwords are turned off on the site.',
  not_writable: 'The folder cannot be written.',
  forbidden: 'The user may not publish on this site.',
  server: 'The site failed to answer properly.',
  invalid_target: 'These settings cannot be used.',
};

/**
 * "Test connection"'s result as shown: a plain headline for the problem
 * (wrong password, unreachable, REST API off, Authorization header
 * stripped…) followed by the Node side's own explanation when it adds to it.
 */
export function connectionText(result: TargetTestResult): string {
  if (result.ok) return result.message;
  const headline = result.problem === null ? undefined : PROBLEM_HEADLINES[result.problem];
  if (headline === undefined || result.message.startsWith(headline)) return result.message;
  return `${headline} ${result.message}`;
}
