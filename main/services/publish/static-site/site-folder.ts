import { existsSync } from 'node:fs';
import { mkdir, rm, rmdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BriefdeskError } from '../../../../shared/model/errors';
import { removeLeftoverTempFiles, syncDirectory } from '../../library/durable-write';
import { errorCode, ioError } from '../../library/io-error';
import { pageFilePath, SITE_ASSETS_DIR, SITE_ROOT_FILES } from './site-layout';
import { newSiteManifest, readSiteManifest, type SiteManifest, writeSiteManifest } from './site-manifest';

/** A site folder, opened. */
export interface SiteFolder {
  /** Absolute path of the folder. */
  dir: string;
  manifest: SiteManifest;
  /** Whether the folder had no site yet (the manifest is new and not written). */
  isNew: boolean;
}

/** Whether `dir` is a folder; false when it does not exist. Throws 'invalid_input' when it is a file. */
async function isFolder(dir: string): Promise<boolean> {
  try {
    if ((await stat(dir)).isDirectory()) return true;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false;
    throw ioError('read', dir, error);
  }
  throw new BriefdeskError('invalid_input', `"${dir}" is a file, not a folder; choose a folder for the site.`);
}

/**
 * Removes a page's files (`<slug>/index.html`, temp files a crashed write
 * left beside it) and its folder when nothing else is in it. Whatever else
 * the folder holds is left alone. Returns whether the page file was there.
 */
export async function removePageFiles(siteDir: string, slug: string): Promise<boolean> {
  const folder = join(siteDir, slug);
  const file = pageFilePath(siteDir, slug);
  const existed = existsSync(file);
  await rm(file, { force: true }).catch((error: unknown) => {
    throw ioError('delete', file, error);
  });
  await removeLeftoverTempFiles(folder);
  try {
    await rmdir(folder);
  } catch (error) {
    if (!['ENOENT', 'ENOTEMPTY', 'EEXIST'].includes(errorCode(error) ?? '')) throw ioError('delete', folder, error);
  }
  await syncDirectory(siteDir);
  return existed;
}

/**
 * Opens the site in `folder`. Without a manifest: with `create`, the folder
 * is made when missing and a new site begins — unless it already holds
 * index.html, feed.xml, sitemap.xml or assets/ that Briefdesk did not
 * write, which throws 'conflict' (nothing is overwritten); without
 * `create`, null. An existing site is tidied first: page files of a
 * publish or unpublish that was cut short are removed, and temp files of
 * interrupted writes.
 */
export async function openSiteFolder(folder: string, options: { create: boolean; now: Date }): Promise<SiteFolder | null> {
  const dir = resolve(folder);
  if (!(await isFolder(dir))) {
    if (!options.create) return null;
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw ioError('write', dir, error);
    });
  }
  const manifest = await readSiteManifest(dir);
  if (manifest === null) {
    if (!options.create) return null;
    const foreign = [...SITE_ROOT_FILES, SITE_ASSETS_DIR].filter((name) => existsSync(join(dir, name)));
    if (foreign.length > 0) {
      throw new BriefdeskError(
        'conflict',
        `The folder ${dir} already holds ${foreign.join(', ')}, not published by Briefdesk; nothing was written. Choose an empty folder, or one Briefdesk publishes to.`,
      );
    }
    return { dir, manifest: newSiteManifest(options.now), isNew: true };
  }
  await removeLeftoverTempFiles(dir);
  const live = new Set(manifest.pages.map((page) => page.slug));
  if (manifest.pending.length > 0) {
    for (const slug of manifest.pending) if (!live.has(slug)) await removePageFiles(dir, slug);
    manifest.pending = [];
    await writeSiteManifest(dir, manifest);
  }
  return { dir, manifest, isNew: false };
}
