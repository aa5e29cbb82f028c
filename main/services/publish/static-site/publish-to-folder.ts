import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BriefdeskError } from '../../../../shared/model/errors';
import { exportStem } from '../../../../shared/render/export-file-name';
import { writeFileDurable } from '../../library/durable-write';
import { exportBriefHtml } from '../../export/export-brief-html';
import { prepareForExport } from '../../export/prepare-for-export';
import { errorCode, ioError } from '../../library/io-error';
import type { LibraryStore } from '../../library/library-store';
import { copySiteAssets, sweepSiteAssets } from './site-assets';
import { writeSiteFiles } from './site-files';
import { openSiteFolder } from './site-folder';
import { assetHrefFromPage, feedPageLink, isReservedSlug, normaliseBaseUrl, pageFilePath, pageHrefFromPage } from './site-layout';
import { type SitePage, writeSiteManifest } from './site-manifest';
import { inSiteQueue } from './site-queue';

/** Site-wide settings a publish may give; they are kept in the site's manifest for later publishes. */
export interface StaticSiteOptions {
  /**
   * Where the folder will be served, e.g. `https://example.org/briefs/`
   * (http or https; normalised to end in `/`). With it the feed links are
   * absolute and sitemap.xml is written; `null` removes a base URL given
   * before. Left out: the site's current one.
   */
  baseUrl?: string | null;
  /** Title of the index page and the feed. Left out: the site's current one ('Briefs' for a new site). */
  title?: string;
  /** Program name and version, for the pages' generator lines. */
  generator?: string;
  /** The time of this change. @default new Date() */
  now?: Date;
}

/** What publishToFolder did. */
export interface StaticPublishResult {
  briefId: string;
  slug: string;
  /** The page's address: absolute under the base URL, else relative to the site's root (`<slug>/`). */
  url: string;
  /** Absolute path of the page's file. */
  pagePath: string;
  /** Whether the brief was not on the site before. */
  firstPublish: boolean;
  /** False when exactly this page was already published (only the shared files were rewritten). */
  changed: boolean;
  /** SHA-256 (hex) of the page's bytes. */
  contentHash: string;
  publishedAt: string;
  updatedAt: string;
  /** Images copied into `assets/` (the others were there already). */
  assetsCopied: string[];
  /** Images removed from `assets/` because no page uses them any more. */
  assetsRemoved: string[];
  /** Whether sitemap.xml was written (it needs a base URL). */
  sitemap: boolean;
  /** The 'publish' revision of the brief, or null on a read-only library. */
  revisionId: string | null;
  /** Missing images or desk blocks, as the HTML export reports them. */
  warnings: string[];
}

/** The slug of a brief new to the site: from its headline, not used by another page nor by anything already in the folder. */
function newSlug(siteDir: string, headline: string, briefId: string, taken: ReadonlySet<string>): string {
  return exportStem(
    headline,
    briefId,
    (candidate) => isReservedSlug(candidate) || taken.has(candidate) || existsSync(join(siteDir, candidate)),
  );
}

/** The page file's current bytes' hash, or null when it is not there. */
async function fileHash(path: string): Promise<string | null> {
  try {
    return createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null;
    throw ioError('read', path, error);
  }
}

/**
 * Publishes one brief of `store` into the static site in `folder` (made
 * when missing; a folder holding another site's index.html, feed.xml,
 * sitemap.xml or assets/ is refused with 'conflict').
 *
 * The page is the HTML export (`exportBriefHtml`, images as files) at
 * `<slug>/index.html` — pretty URLs, linked as `<slug>/` — with its images
 * in the shared `assets/` folder under their content-addressed names
 * (copied once) and related briefs on the site linked to their pages. The
 * slug comes from the headline on the first publish and is kept after
 * that, so links stay valid. Pages are rendered with the brief's last
 * update as their date, so the same content gives the same bytes (and the
 * same content hash). Then `.briefdesk-site.json` records the page, and
 * index.html, feed.xml and sitemap.xml are rebuilt from it; images no page
 * uses any more are removed last.
 *
 * Every write is durable (temp file, fsync, rename), in an order that never
 * leaves a link to a missing page: images, page, manifest, shared files.
 * A first publish cut short leaves its slug pending in the manifest; the
 * next change to the site removes the partial page. The brief gets a
 * 'publish' revision (not on a read-only library). Changes to one folder
 * run one at a time within this process; do not publish to the same
 * folder from two programs at once.
 *
 * Throws 'not_found' for an unknown brief, 'invalid_input' for a brief in
 * the Trash or a bad base URL, 'damaged'/'unsupported' for a manifest that
 * cannot be used, 'io' for a failed write.
 */
export async function publishToFolder(
  store: LibraryStore,
  briefId: string,
  folder: string,
  options: StaticSiteOptions = {},
): Promise<StaticPublishResult> {
  const baseUrl = options.baseUrl === undefined || options.baseUrl === null ? options.baseUrl : normaliseBaseUrl(options.baseUrl);
  const now = options.now ?? new Date();
  return inSiteQueue(folder, async () => {
    const prepared = await prepareForExport(store, briefId);
    const { brief } = prepared;
    if (brief.trashedAt !== null) {
      throw new BriefdeskError(
        'invalid_input',
        `"${brief.headline || 'Untitled brief'}" is in the Trash; restore it before publishing it.`,
      );
    }
    const site = await openSiteFolder(folder, { create: true, now });
    if (site === null) throw new BriefdeskError('internal', `The site folder ${folder} could not be opened.`);
    const { dir, manifest } = site;
    const settingsBefore = `${manifest.baseUrl} ${manifest.title}`;
    if (baseUrl !== undefined) manifest.baseUrl = baseUrl;
    if (options.title !== undefined) manifest.title = options.title.trim() || 'Briefs';
    const settingsChanged = settingsBefore !== `${manifest.baseUrl} ${manifest.title}`;

    const previous = manifest.pages.find((page) => page.briefId === briefId);
    const taken = new Set([...manifest.pages.map((page) => page.slug), ...manifest.pending]);
    const slug = previous?.slug ?? newSlug(dir, brief.headline, briefId, taken);
    const stems = new Map(manifest.pages.map((page) => [page.briefId, page.slug]));
    stems.set(briefId, slug);

    const revisionId = store.readOnly ? null : (await store.revisions.snapshot(briefId, 'publish')).id;
    const page = await exportBriefHtml(prepared, {
      images: 'folder',
      stem: slug,
      stems,
      sitePaths: { asset: assetHrefFromPage, page: pageHrefFromPage },
      now: new Date(brief.updatedAt),
      // A page of a site is not an export: no "Exported from Briefdesk" line under it.
      colophon: false,
      ...(options.generator === undefined ? {} : { generator: options.generator }),
    });
    const contentHash = createHash('sha256').update(page.html).digest('hex');
    const assets = page.assets.map((asset) => ({ assetId: basename(asset.sourcePath), sourcePath: asset.sourcePath }));
    const pagePath = pageFilePath(dir, slug);

    if (previous === undefined) {
      // Reserve the slug first: if this publish is cut short, the next change removes the partial page.
      manifest.pending = [...manifest.pending, slug];
      await writeSiteManifest(dir, manifest);
    }
    const assetsCopied = await copySiteAssets(dir, assets);
    const pageOnDisk = previous === undefined ? null : await fileHash(pagePath);
    const changed = previous?.contentHash !== contentHash;
    if (changed || pageOnDisk !== contentHash) {
      await mkdir(join(dir, slug), { recursive: true }).catch((error: unknown) => {
        throw ioError('write', join(dir, slug), error);
      });
      await writeFileDurable(pagePath, page.html);
    }

    const updatedAt = changed ? now.toISOString() : (previous?.updatedAt ?? now.toISOString());
    const entry: SitePage = {
      briefId,
      slug,
      entryId: previous?.entryId ?? randomUUID(),
      headline: brief.headline,
      standfirst: brief.standfirst,
      section: brief.section,
      byline: brief.byline,
      language: brief.language,
      tags: brief.tags,
      publishedAt: previous?.publishedAt ?? now.toISOString(),
      updatedAt,
      briefRevision: brief.revision,
      briefUpdatedAt: brief.updatedAt,
      contentHash,
      assets: assets.map((asset) => asset.assetId),
    };
    manifest.pages = [...manifest.pages.filter((other) => other.briefId !== briefId), entry];
    manifest.pending = manifest.pending.filter((other) => other !== slug);
    if (changed || settingsChanged) manifest.updatedAt = now.toISOString();
    await writeSiteManifest(dir, manifest);
    const written = await writeSiteFiles(dir, manifest, options.generator === undefined ? {} : { generator: options.generator });
    const assetsRemoved = await sweepSiteAssets(dir, manifest.pages);

    return {
      briefId,
      slug,
      url: feedPageLink(manifest.baseUrl, slug),
      pagePath,
      firstPublish: previous === undefined,
      changed,
      contentHash,
      publishedAt: entry.publishedAt,
      updatedAt,
      assetsCopied,
      assetsRemoved,
      sitemap: written.sitemap,
      revisionId,
      warnings: page.warnings,
    };
  });
}
