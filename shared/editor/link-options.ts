import type { StarterKitOptions } from '@tiptap/starter-kit';
import { isStorableLinkHref } from './link-policy';

/**
 * The link mark as every editor of body text has it: no navigation on
 * click, autolinking with https as the default scheme, only targets a brief
 * may hold (link-policy: full addresses, in-document anchors, relative
 * addresses kept from an import), and `rel="noopener noreferrer"` without
 * `target`.
 */
export function bodyLinkOptions(): Exclude<StarterKitOptions['link'], false> {
  return {
    openOnClick: false,
    autolink: true,
    defaultProtocol: 'https',
    isAllowedUri: (url) => isStorableLinkHref(url),
    HTMLAttributes: { rel: 'noopener noreferrer', target: null },
  };
}
