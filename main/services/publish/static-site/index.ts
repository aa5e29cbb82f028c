/**
 * The static-site publishing target: a folder of plain files (pages,
 * images, index, Atom feed, sitemap) that other tools sync or deploy.
 * See README.md in this folder for the layout and the choices made.
 */
export { publishToFolder, type StaticPublishResult, type StaticSiteOptions } from './publish-to-folder';
export { unpublishFromFolder, type StaticUnpublishOptions, type StaticUnpublishResult } from './unpublish-from-folder';
export { readSiteManifest, type SiteManifest, type SitePage } from './site-manifest';
export { normaliseBaseUrl } from './site-layout';
