import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import { AssetId, BriefId, IsoDateTime } from '../../../../shared/model/brief';
import { BriefdeskError } from '../../../../shared/model/errors';
import { writeFileDurable } from '../../library/durable-write';
import { parseVersioned } from '../../library/parse-versioned';
import { readJsonFile } from '../../library/read-json-file';
import { SITE_MANIFEST_FILE, SLUG_PATTERN } from './site-layout';

/** Version of `.briefdesk-site.json`. Bump it with a migration. */
export const SITE_MANIFEST_VERSION = 1;

/** One published brief, as the site knows it. */
export const SitePage = z.object({
  briefId: BriefId,
  /** Its folder (`<slug>/index.html`); kept for good after the first publish so links stay valid. */
  slug: z.string().regex(SLUG_PATTERN),
  /** The Atom entry's id (`urn:uuid:<entryId>`), stable across republishes. */
  entryId: z.uuid(),
  headline: z.string(),
  standfirst: z.string(),
  section: z.string(),
  byline: z.string(),
  language: z.string(),
  tags: z.array(z.string()),
  /** First published to this site. */
  publishedAt: IsoDateTime,
  /** Last time the page's content changed on this site. */
  updatedAt: IsoDateTime,
  /** The brief's revision and update time that were published. */
  briefRevision: z.number().int().nonnegative(),
  briefUpdatedAt: IsoDateTime,
  /** SHA-256 (hex) of the page's bytes. */
  contentHash: z.string().regex(/^[a-f0-9]{64}$/),
  /** The images the page uses, in `assets/`. */
  assets: z.array(AssetId),
});
export type SitePage = z.infer<typeof SitePage>;

/** `.briefdesk-site.json`: the site's state; index, feed and sitemap are rebuilt from it. */
export const SiteManifest = z.object({
  format: z.literal('briefdesk-site'),
  version: z.literal(SITE_MANIFEST_VERSION),
  /** The site's id; the feed's id is `urn:uuid:<id>`. */
  id: z.uuid(),
  /** Title of the index page and the feed. */
  title: z.string().max(400),
  /** Where the folder is served (normalised, ending in `/`), or null when not known. */
  baseUrl: z.string().nullable(),
  /** Last change of the site's content (the feed's `updated`). */
  updatedAt: IsoDateTime,
  pages: z.array(SitePage),
  /** Slugs whose page files are being written or removed; a pending slug not in `pages` is cleaned up on the next open. */
  pending: z.array(z.string().regex(SLUG_PATTERN)),
});
export type SiteManifest = z.infer<typeof SiteManifest>;

/** A manifest for a new, empty site. */
export function newSiteManifest(now: Date, title = 'Briefs'): SiteManifest {
  return {
    format: 'briefdesk-site',
    version: SITE_MANIFEST_VERSION,
    id: randomUUID(),
    title,
    baseUrl: null,
    updatedAt: now.toISOString(),
    pages: [],
    pending: [],
  };
}

/**
 * Reads the manifest of the site in `siteDir`: null when there is none.
 * Throws 'unsupported' for one written by a newer Briefdesk and 'damaged'
 * for one that does not parse or validate (it is left as it is).
 */
export async function readSiteManifest(siteDir: string): Promise<SiteManifest | null> {
  const path = join(siteDir, SITE_MANIFEST_FILE);
  return readJsonFile(
    path,
    (data) =>
      parseVersioned(data, {
        schema: SiteManifest,
        version: SITE_MANIFEST_VERSION,
        versionKey: 'version',
        newer: (found) =>
          `The site in ${siteDir} was written by a newer Briefdesk (site format ${found}); update Briefdesk to publish to it.`,
        damaged: (error) => {
          const issue = error.issues[0];
          const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
          return `The site's record ${path} is damaged${where}; it was left as it is. Restore it from a copy, or publish into a new folder.`;
        },
      }),
    () =>
      new BriefdeskError(
        'damaged',
        `The site's record ${path} is not valid JSON; it was left as it is. Restore it from a copy, or publish into a new folder.`,
      ),
  );
}

/** Writes the manifest durably (temp file, fsync, rename). */
export async function writeSiteManifest(siteDir: string, manifest: SiteManifest): Promise<void> {
  await writeFileDurable(join(siteDir, SITE_MANIFEST_FILE), `${JSON.stringify(SiteManifest.parse(manifest), null, 2)}\n`);
}

/** The pages newest first: last content change, then first publication, then slug. */
export function pagesNewestFirst(pages: readonly SitePage[]): SitePage[] {
  return [...pages].sort(
    (a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.publishedAt.localeCompare(a.publishedAt) || a.slug.localeCompare(b.slug),
  );
}
