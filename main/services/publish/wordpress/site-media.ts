import { readFile } from 'node:fs/promises';
import { assetMimeType } from '../../../../shared/model/asset-mime';
import { missingImageWarning } from '../../export/prepare-for-export';
import type { MediaRecord, Publications } from '../publications';
import type { ImageUse } from './post-content';
import { isWordPressError } from './wordpress-error';
import type { WordPressRest } from './wordpress-rest';
import { WpMedia } from './wordpress-schemas';

/** What syncing a brief's images did. */
export interface MediaSync {
  /** Asset id → the site's copy. */
  byAsset: Map<string, MediaRecord>;
  /** How many images were uploaded now (the others were on the site already). */
  uploaded: number;
  warnings: string[];
}

const mediaText = (media: WpMedia): { alt: string; caption: string } => ({
  alt: media.alt_text ?? '',
  caption: (media.caption?.raw ?? '').trim(),
});

/**
 * Puts every image a brief shows on the site once: an image already
 * uploaded to this target (recorded by its content hash) is reused after a
 * check that it is still there; its alt text and caption are updated when
 * they changed. New ones are uploaded with their alt text and caption. An
 * image missing from the library is left out with a warning.
 */
export async function syncMedia(
  rest: WordPressRest,
  publications: Publications,
  targetId: string,
  images: readonly ImageUse[],
  assetPath: (assetId: string) => string | null,
): Promise<MediaSync> {
  const byAsset = new Map<string, MediaRecord>();
  const warnings: string[] = [];
  let uploaded = 0;
  for (const image of images) {
    const recorded = publications.media(targetId, image.assetId);
    if (recorded) {
      const present = await rest
        .call(WpMedia, { route: `/wp/v2/media/${recorded.mediaId}`, query: { context: 'edit' } })
        .catch((error: unknown) => {
          if (isWordPressError(error, 'rejected') && error.status === 404) return null;
          throw error;
        });
      if (present) {
        let record: MediaRecord = { ...recorded, url: present.source_url, ...mediaText(present) };
        if (record.alt !== image.alt || record.caption !== image.caption.trim()) {
          const updated = await rest.call(WpMedia, {
            method: 'POST',
            route: `/wp/v2/media/${recorded.mediaId}`,
            json: { alt_text: image.alt, caption: image.caption },
          });
          record = { ...record, url: updated.source_url, ...mediaText(updated) };
        }
        if (JSON.stringify(record) !== JSON.stringify(recorded)) await publications.setMedia(targetId, record);
        byAsset.set(image.assetId, record);
        continue;
      }
      await publications.removeMedia(targetId, image.assetId);
    }
    const path = assetPath(image.assetId);
    const mime = assetMimeType(image.assetId);
    if (path === null || mime === null) {
      warnings.push(missingImageWarning(image.assetId));
      continue;
    }
    const media = await rest.call(WpMedia, {
      method: 'POST',
      route: '/wp/v2/media',
      query: { alt_text: image.alt, caption: image.caption },
      body: await readFile(path),
      headers: { 'Content-Type': mime, 'Content-Disposition': `attachment; filename="${image.assetId}"` },
    });
    const record: MediaRecord = { assetId: image.assetId, mediaId: media.id, url: media.source_url, ...mediaText(media) };
    await publications.setMedia(targetId, record);
    byAsset.set(image.assetId, record);
    uploaded += 1;
  }
  return { byAsset, uploaded, warnings };
}
