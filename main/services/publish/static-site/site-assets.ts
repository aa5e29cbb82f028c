import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AssetId } from '../../../../shared/model/brief';
import { BriefdeskError } from '../../../../shared/model/errors';
import { removeLeftoverTempFiles, syncDirectory, writeFileDurable } from '../../library/durable-write';
import { errorCode, ioError } from '../../library/io-error';
import { SITE_ASSETS_DIR } from './site-layout';
import type { SitePage } from './site-manifest';

/** An image a page needs, and where it is in the library. */
export interface SiteAsset {
  assetId: string;
  sourcePath: string;
}

async function sizeOf(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size;
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw ioError('read', path, error);
  }
}

/**
 * Copies images into the site's `assets/` folder, durably. Names are the
 * library's content-addressed asset ids (`<sha256>.<ext>`), so an image is
 * copied once however many pages use it: a file already there with the
 * source's size is left alone. Returns the ids of the images copied.
 */
export async function copySiteAssets(siteDir: string, assets: readonly SiteAsset[]): Promise<string[]> {
  if (assets.length === 0) return [];
  const dir = join(siteDir, SITE_ASSETS_DIR);
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw ioError('write', dir, error);
  });
  const copied: string[] = [];
  for (const asset of assets) {
    const target = join(dir, asset.assetId);
    const [have, want] = await Promise.all([sizeOf(target), sizeOf(asset.sourcePath)]);
    if (want === null)
      throw new BriefdeskError(
        'not_found',
        `The image ${asset.assetId} is no longer in the library (${asset.sourcePath}); nothing was published.`,
      );
    if (have === want) continue;
    const bytes = await readFile(asset.sourcePath).catch((error: unknown) => {
      throw ioError('read', asset.sourcePath, error);
    });
    await writeFileDurable(target, bytes);
    copied.push(asset.assetId);
  }
  return copied;
}

/**
 * Removes from `assets/` the images no published page uses any more
 * (only files named like assets; anything else in the folder is left), and
 * temp files a crashed write left there. Returns the ids removed.
 */
export async function sweepSiteAssets(siteDir: string, pages: readonly SitePage[]): Promise<string[]> {
  const dir = join(siteDir, SITE_ASSETS_DIR);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw ioError('read', dir, error);
  }
  await removeLeftoverTempFiles(dir);
  const used = new Set(pages.flatMap((page) => page.assets));
  const unused = names.filter((name) => AssetId.safeParse(name).success && !used.has(name));
  for (const name of unused) {
    const path = join(dir, name);
    await rm(path, { force: true }).catch((error: unknown) => {
      throw ioError('delete', path, error);
    });
  }
  if (unused.length > 0) await syncDirectory(dir);
  return unused;
}
