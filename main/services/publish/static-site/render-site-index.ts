import { renderExportIndexHtml } from '../../../../shared/render/export-index-html';
import { pageHref, SITE_FEED_FILE } from './site-layout';
import { pagesNewestFirst, type SiteManifest } from './site-manifest';

/** Options of renderSiteIndex. */
export interface SiteIndexOptions {
  /** Program name and version, for the generator line and colophon. @default 'Briefdesk' */
  generator?: string;
}

/**
 * The site's `index.html`: the export index page (renderExportIndexHtml)
 * listing every published brief newest first, each linked to `<slug>/`,
 * with the Atom feed announced in the head.
 */
export function renderSiteIndex(manifest: SiteManifest, options: SiteIndexOptions = {}): string {
  const title = manifest.title.trim() || 'Briefs';
  const generator = options.generator ?? 'Briefdesk';
  return renderExportIndexHtml({
    title,
    generator,
    colophon: `Published with ${generator}.`,
    feed: { href: SITE_FEED_FILE, title, type: 'application/atom+xml' },
    entries: pagesNewestFirst(manifest.pages).map((page) => ({
      href: pageHref(page.slug),
      headline: page.headline,
      standfirst: page.standfirst,
      section: page.section,
      byline: page.byline,
      date: page.updatedAt,
      lang: page.language,
    })),
  });
}
