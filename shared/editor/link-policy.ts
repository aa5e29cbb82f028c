/** Link targets a brief may carry: web pages and e-mail addresses, nothing that runs. */
export const ALLOWED_LINK_PROTOCOLS = ['http', 'https', 'mailto'] as const;

/** True when `href` is an absolute http(s) or mailto URL. */
export function isAllowedLinkHref(href: string): boolean {
  const trimmed = href.trim();
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(trimmed);
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
