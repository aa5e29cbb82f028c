import { encodeXML } from 'entities';
import { isWordPressError, WordPressError, type WordPressErrorKind } from './wordpress-error';
import { restError, WordPressRest } from './wordpress-rest';
import { WpIndex, WpUser } from './wordpress-schemas';
import type { WordPressSite } from './wordpress-target';

/** The site answered, signed us in, and can be published to. */
export interface ConnectionOk {
  ok: true;
  /** The site's title. */
  siteName: string;
  /** The display name of the signed-in user. */
  userName: string;
  message: string;
}

/** Why the site cannot be published to, with a message for the analyst. */
export interface ConnectionFailed {
  ok: false;
  problem: WordPressErrorKind | 'application_passwords_off';
  /** True when trying again later unchanged may work (network, timeout, server failure). */
  retryable: boolean;
  message: string;
}

export type ConnectionResult = ConnectionOk | ConnectionFailed;

const failed = (error: WordPressError): ConnectionFailed => ({
  ok: false,
  problem: error.kind,
  retryable: error.retryable,
  message: error.message,
});

/**
 * Checks the same credentials over XML-RPC (`wp.getProfile`), where they
 * travel in the request body, not in a header: true when they sign in,
 * false when refused, null when XML-RPC cannot tell (turned off, blocked).
 */
async function credentialsWorkOverXmlRpc(rest: WordPressRest, site: WordPressSite): Promise<boolean | null> {
  const param = (value: string): string => `<param><value><string>${encodeXML(value)}</string></value></param>`;
  const body =
    '<?xml version="1.0"?><methodCall><methodName>wp.getProfile</methodName><params>' +
    `<param><value><int>1</int></value></param>${param(site.username)}${param(site.applicationPassword)}</params></methodCall>`;
  let text: string;
  try {
    const response = await fetch(new URL('xmlrpc.php', site.url.endsWith('/') ? site.url : `${site.url}/`), {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml' },
      body,
      signal: AbortSignal.timeout(rest.timeoutMs),
    });
    if (!response.ok) return null;
    text = await response.text();
  } catch {
    return null;
  }
  const { JSDOM } = await import('jsdom');
  const document = new JSDOM(text, { contentType: 'text/xml' }).window.document;
  if (document.querySelector('parsererror') || !document.querySelector('methodResponse')) return null;
  const fault = document.querySelector('methodResponse > fault');
  if (!fault) return document.querySelector('methodResponse > params') !== null;
  const members = Array.from(fault.querySelectorAll('member'));
  const code = members
    .find((member) => member.querySelector('name')?.textContent === 'faultCode')
    ?.querySelector('value')
    ?.textContent?.trim();
  return code === '403' ? false : null;
}

/**
 * Tells whether a WordPress site can be published to with these
 * credentials, and if not, why — in words for the analyst:
 *
 * 1. The REST API index (`?rest_route=/`, no credentials): no connection →
 *    `unreachable`; no answer in time → `timeout`; a 404, or anything that
 *    is not WordPress's JSON, or no `wp/v2` routes → `rest_unavailable`; no
 *    `application-passwords` in its `authentication` → `application_passwords_off`
 *    (WordPress offers them only over https, or on a site marked local).
 * 2. `/wp/v2/users/me` with the application password: 200 → ok; a 401
 *    naming the credentials (`incorrect_password`, `invalid_username`, …)
 *    → `auth`.
 * 3. A 401 `rest_not_logged_in` means WordPress answered as if no
 *    credentials were sent. That is what a server that strips the
 *    Authorization header causes (common with PHP behind CGI/FastCGI), but
 *    WordPress 6.x also answers a wrong application password that way. The
 *    heuristic: the same credentials are tried over XML-RPC, where they
 *    travel in the body, which such servers pass on. They work there →
 *    `auth_header_stripped`; refused there → `auth`; XML-RPC off or
 *    unclear → `auth`, with a message naming both causes.
 *
 * Never throws for the site's failures.
 */
export async function testConnection(site: WordPressSite, options: { timeoutMs?: number } = {}): Promise<ConnectionResult> {
  let rest: WordPressRest;
  try {
    rest = new WordPressRest(site, { timeoutMs: options.timeoutMs ?? 15_000 });
  } catch (error) {
    if (isWordPressError(error)) return failed(error);
    throw error;
  }
  try {
    const index = await rest.send({ route: '/', auth: false });
    const parsed = WpIndex.safeParse(index.json);
    if (index.status !== 200 || !parsed.success) {
      if (index.status >= 500 && restError(index)) return failed(rest.failure(index));
      return failed(rest.notRest(index));
    }
    if (!parsed.data.namespaces.includes('wp/v2')) {
      return failed(
        new WordPressError('rest_unavailable', `${new URL(site.url).host} has a REST API, but not WordPress's posts routes (wp/v2).`),
      );
    }
    const authentication = parsed.data.authentication;
    if (typeof authentication !== 'object' || authentication === null || !('application-passwords' in authentication)) {
      return {
        ok: false,
        problem: 'application_passwords_off',
        retryable: false,
        message: `${new URL(site.url).host} does not accept application passwords. WordPress offers them only over https (or on a site marked as local), and a plugin may turn them off.`,
      };
    }
    const me = await rest.send({ route: '/wp/v2/users/me', query: { context: 'edit' } });
    if (me.status === 200) {
      const user = WpUser.safeParse(me.json);
      if (!user.success) return failed(rest.notRest(me));
      const siteName = parsed.data.name ?? new URL(site.url).host;
      return { ok: true, siteName, userName: user.data.name, message: `Connected to “${siteName}” as ${user.data.name}.` };
    }
    const error = restError(me);
    if (me.status === 401 && error?.code === 'rest_not_logged_in') {
      const works = await credentialsWorkOverXmlRpc(rest, site);
      if (works === true) {
        return failed(
          new WordPressError(
            'auth_header_stripped',
            `The user name and application password are right, but ${new URL(site.url).host} never passes them on to WordPress: the web server drops the Authorization header. The site's administrator needs to let it through (for Apache: "CGIPassAuth On", or a rewrite rule setting HTTP_AUTHORIZATION).`,
            { status: 401, code: error.code },
          ),
        );
      }
      const host = new URL(site.url).host;
      return failed(
        new WordPressError(
          'auth',
          works === false
            ? `${host} refused the user name or application password. Check both in the target's settings.`
            : `${host} did not accept the user name and application password: either they are wrong, or the web server drops the Authorization header before WordPress sees it.`,
          { status: 401, code: error.code },
        ),
      );
    }
    // Any other 401 names the credentials (incorrect_password, invalid_username, …): `auth`; 403, 5xx… as the site said.
    return failed(rest.failure(me));
  } catch (error) {
    if (isWordPressError(error)) return failed(error);
    throw error;
  }
}
