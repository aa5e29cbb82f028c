import { isAllowedLinkHref } from '../../shared/editor/link-policy';

/**
 * The href for what the analyst typed: as it is when allowed, with https://
 * added to a bare domain, "mailto:" added to a bare address; null otherwise.
 */
export function normalizeLink(text: string): string | null {
  const value = text.trim();
  if (value === '') return null;
  if (isAllowedLinkHref(value)) return value;
  if (/^[^\s@:/]+@[^\s@]+\.[^\s@]+$/.test(value)) return `mailto:${value}`;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value) && /^[^\s/]+\.[^\s/]{2,}(\/\S*)?$/.test(value)) {
    const withScheme = `https://${value}`;
    return isAllowedLinkHref(withScheme) ? withScheme : null;
  }
  return null;
}
