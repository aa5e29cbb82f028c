import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { syncDirectory, writeFileDurable } from '../../library/durable-write';
import { ioError } from '../../library/io-error';
import { renderAtomFeed } from './render-atom-feed';
import { renderSiteIndex } from './render-site-index';
import { renderSitemap } from './render-sitemap';
import { SITE_FEED_FILE, SITE_INDEX_FILE, SITE_SITEMAP_FILE } from './site-layout';
import type { SiteManifest } from './site-manifest';

/** Which of the site's shared files were written. */
export interface WrittenSiteFiles {
  /** Whether sitemap.xml was written (false: the site has no base URL, and any old sitemap was removed). */
  sitemap: boolean;
}

/**
 * Rewrites the files made from the manifest — index.html, feed.xml and,
 * with a base URL, sitemap.xml (without one, a sitemap left from an
 * earlier base URL is removed) — each durably (temp file + rename), so a
 * reader sees either the old or the new file.
 */
export async function writeSiteFiles(siteDir: string, manifest: SiteManifest, options: { generator?: string }): Promise<WrittenSiteFiles> {
  const generator = options.generator === undefined ? {} : { generator: options.generator };
  await writeFileDurable(join(siteDir, SITE_INDEX_FILE), renderSiteIndex(manifest, generator));
  await writeFileDurable(join(siteDir, SITE_FEED_FILE), renderAtomFeed(manifest, generator));
  const sitemap = renderSitemap(manifest);
  const sitemapPath = join(siteDir, SITE_SITEMAP_FILE);
  if (sitemap === null) {
    await rm(sitemapPath, { force: true }).catch((error: unknown) => {
      throw ioError('delete', sitemapPath, error);
    });
    await syncDirectory(siteDir);
    return { sitemap: false };
  }
  await writeFileDurable(sitemapPath, sitemap);
  return { sitemap: true };
}
