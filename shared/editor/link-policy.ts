/** Link targets a brief may carry: web pages and e-mail addresses, nothing that runs. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** A URL scheme at the start of an address (`https:`, `javascript:`…). */
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/** True when `href` is an absolute http(s) or mailto URL: a link that works wherever the brief goes. */
export function isAllowedLinkHref(href: string): boolean {
  const trimmed = href.trim();
  const match = SCHEME.exec(trimmed);
  if (!match?.[1]) return false;
  const scheme = match[1].toLowerCase();
  if (!ALLOWED_LINK_PROTOCOLS.some((allowed) => allowed === scheme)) return false;
  try {
    new URL(trimmed);
    return true;
  } catch {
    return false;
  }
}

/** True when `href` points at a place in the same document: `#` and an anchor (a heading's). */
export function isInPageHref(href: string): boolean {
  return /^#[\p{L}\p{N}_][\p{L}\p{N}_.:%-]{0,200}$/u.test(href.trim());
}

/**
 * True when `href` is a relative address (`/wiki/Page`, `../post/`,
 * `notes.html#part`): no scheme, not protocol-relative, no space or
 * control character. It only works on the site it was written for: an
 * import keeps it as written and says so, and it must be made a full
 * address before the brief is published.
 */
export function isRelativeHref(href: string): boolean {
  const trimmed = href.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !trimmed.startsWith('//') && !SCHEME.test(trimmed) && !/[\s\p{Cc}\\]/u.test(trimmed);
}

/**
 * What a link in a brief may hold: a full web or e-mail address, a place in
 * the document (`#anchor`), or a relative address kept as written (never a
 * scheme that runs, such as `javascript:`).
 */
export function isStorableLinkHref(href: string): boolean {
  return isAllowedLinkHref(href) || isInPageHref(href) || isRelativeHref(href);
}
