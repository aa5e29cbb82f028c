import type { LibraryStore } from '../../library/library-store';
import { sweepSiteAssets } from './site-assets';
import { writeSiteFiles } from './site-files';
import { openSiteFolder, removePageFiles } from './site-folder';
import { writeSiteManifest } from './site-manifest';
import { inSiteQueue } from './site-queue';

/** Options of unpublishFromFolder. */
export interface StaticUnpublishOptions {
  /** Program name and version, for the index page's generator line. */
  generator?: string;
  /** The time of this change (the feed's `updated`). @default new Date() */
  now?: Date;
}

/** What unpublishFromFolder did. */
export interface StaticUnpublishResult {
  briefId: string;
  /** False when the brief was not on the site (nothing changed); unpublishing twice is harmless. */
  removed: boolean;
  /** The slug its page had, or null. */
  slug: string | null;
  /** Images removed from `assets/` because no page uses them any more. */
  assetsRemoved: string[];
}

/**
 * Takes a brief off the static site in `folder`: index.html, feed.xml and
 * sitemap.xml are rebuilt without it first (so nothing links to the page
 * any more), then the manifest forgets it, then its page
 * (`<slug>/index.html`, and the folder when empty) and the images no other
 * page uses are removed. Everything comes from the site's manifest, so the
 * library is not read — `store` may be left out (it is accepted so both
 * publishing targets are called alike) and a brief deleted from the
 * library can still be taken off. A brief not on the site, or a folder
 * with no site, is reported with `removed: false`.
 */
export async function unpublishFromFolder(
  _store: LibraryStore | null | undefined,
  briefId: string,
  folder: string,
  options: StaticUnpublishOptions = {},
): Promise<StaticUnpublishResult> {
  const now = options.now ?? new Date();
  return inSiteQueue(folder, async () => {
    const site = await openSiteFolder(folder, { create: false, now });
    const page = site?.manifest.pages.find((candidate) => candidate.briefId === briefId);
    if (site === null || page === undefined) return { briefId, removed: false, slug: null, assetsRemoved: [] };
    const { dir, manifest } = site;
    const remaining = manifest.pages.filter((candidate) => candidate.briefId !== briefId);
    const next = { ...manifest, pages: remaining, updatedAt: now.toISOString() };
    await writeSiteFiles(dir, next, options.generator === undefined ? {} : { generator: options.generator });
    // Pending until the page's files are gone: a cut-short unpublish is finished by the next change.
    await writeSiteManifest(dir, { ...next, pending: [...next.pending, page.slug] });
    await removePageFiles(dir, page.slug);
    await writeSiteManifest(dir, next);
    const assetsRemoved = await sweepSiteAssets(dir, remaining);
    return { briefId, removed: true, slug: page.slug, assetsRemoved };
  });
}
