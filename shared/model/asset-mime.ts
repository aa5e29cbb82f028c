/** The image types the asset store keeps, by file extension. */
export const ASSET_MIME_BY_EXTENSION = {
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
} as const;

export type AssetExtension = keyof typeof ASSET_MIME_BY_EXTENSION;

/** The content type of an asset id such as `<sha256>.png`, or null when it is not one. */
export function assetMimeType(assetId: string): string | null {
  const extension = assetId.slice(assetId.lastIndexOf('.') + 1);
  return Object.hasOwn(ASSET_MIME_BY_EXTENSION, extension) ? ASSET_MIME_BY_EXTENSION[extension as AssetExtension] : null;
}
