import type { StarterKitOptions } from '@tiptap/starter-kit';
import { isAllowedLinkHref } from './link-policy';

/**
 * The link mark as every editor of body text has it: no navigation on
 * click, autolinking with https as the default scheme, only allowed targets
 * (link-policy), and `rel="noopener noreferrer"` without `target`.
 */
export function bodyLinkOptions(): Exclude<StarterKitOptions['link'], false> {
  return {
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    isAllowedUri: (url) => isAllowedLinkHref(url),
    HTMLAttributes: { rel: 'noopener noreferrer', target: null },
  };
}
