import { assetIdFromSrc } from '../../shared/editor/nodes/brief-image';
import { AssetId } from '../../shared/model/brief';

/** Where the current shell serves an asset: its custom protocol, or the page's own origin. */
export function assetUrl(assetId: string, win: Pick<Window, 'briefdesk'> = window): string | null {
  if (!AssetId.safeParse(assetId).success) return null;
  return win.briefdesk ? `briefdesk://asset/${assetId}` : `./asset/${assetId}`;
}

/** Turns a stored image `src` (`asset:<id>` or an https URL) into one this shell can load. */
export function resolveImageSrc(src: string, win: Pick<Window, 'briefdesk'> = window): string | null {
  const assetId = assetIdFromSrc(src);
  if (assetId !== null) return assetUrl(assetId, win);
  return /^https?:\/\//i.test(src) ? src : null;
}
