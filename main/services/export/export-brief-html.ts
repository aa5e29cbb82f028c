import { assetMimeType } from '../../../shared/model/asset-mime';
import { renderBriefHtml, type RelatedBriefLink } from '../../../shared/render/render-brief-html';
import { nodeBodyRenderer } from './node-body-renderer';
import { missingDeskWarning, missingImageWarning, type PreparedBrief } from './prepare-for-export';

/** Where an exported page's images go: inside the page (data: URLs) or in a folder beside it. */
export type ImageMode = 'embed' | 'folder';

/** An image file to copy beside an exported page (`--images folder`). */
export interface ExportAsset {
  /** Path relative to the output folder, e.g. `my-brief-assets/<sha256>.png`. */
  relativePath: string;
  /** The file in the library's asset store. */
  sourcePath: string;
}

/** An exported page, not yet written. */
export interface HtmlExport {
  id: string;
  fileName: string;
  html: string;
  assets: ExportAsset[];
  /** What the analyst should know: missing images, desk blocks no longer in the library. */
  warnings: string[];
}

/** Options of exportBriefHtml. */
export interface ExportHtmlOptions {
  images: ImageMode;
  /** File-name stem of the page (`<stem>.html`, `<stem>-assets/`). */
  stem: string;
  /** Stems of the other briefs exported with this one, to link related briefs between the pages. */
  stems?: ReadonlyMap<string, string>;
  /** The extension of those other files (`<stem>.pdf` when briefs are exported as PDF). @default 'html' */
  linkExtension?: 'html' | 'pdf';
  /** Program name and version for the page's generator line. */
  generator?: string;
  now?: Date;
  /** The "Exported from …" line under the page. @default true */
  colophon?: boolean;
  /**
   * Where a page inside a site links its images and related pages instead
   * (e.g. `../assets/<file>` and `../<stem>/`); `ExportAsset.relativePath` is then that link.
   */
  sitePaths?: { asset: (assetId: string) => string; page: (stem: string) => string };
}

/**
 * Renders a prepared brief as a standalone HTML page (renderBriefHtml with
 * the Node body renderer): images as data: URLs (`embed`) or as relative
 * paths into `<stem>-assets/` (`folder`, the files to copy are returned),
 * synced desks as prepared from the desk library, related briefs linked to
 * the pages of `stems`. Pages of one run share the prepared briefs'
 * `context` (the library's titles and images, read once).
 */
export async function exportBriefHtml(prepared: PreparedBrief, options: ExportHtmlOptions): Promise<HtmlExport> {
  const { brief, context } = prepared;
  const assets = new Map<string, ExportAsset>();
  const warnings = prepared.missingDesks.map(missingDeskWarning);
  const missing = new Set<string>();
  const assetUrl = (assetId: string): string | null => {
    const path = prepared.assetPath(assetId);
    const mime = assetMimeType(assetId);
    if (path === null || mime === null) {
      if (!missing.has(assetId)) warnings.push(missingImageWarning(assetId));
      missing.add(assetId);
      return null;
    }
    if (options.images === 'embed') return context.dataUrl(path, mime);
    const relativePath = options.sitePaths?.asset(assetId) ?? `${options.stem}-assets/${assetId}`;
    assets.set(assetId, { relativePath, sourcePath: path });
    return relativePath;
  };
  const relatedBrief = (relatedId: string): RelatedBriefLink | undefined => {
    const title = context.title(relatedId);
    if (title === undefined) return undefined;
    const stem = options.stems?.get(relatedId);
    if (stem === undefined) return { title, href: null };
    return { title, href: options.sitePaths?.page(stem) ?? `${encodeURIComponent(stem)}.${options.linkExtension ?? 'html'}` };
  };
  // The body's synced desks are resolved already: no desk blocks are given.
  const html = renderBriefHtml(
    { ...brief, body: prepared.body },
    {
      renderBody: await nodeBodyRenderer(),
      assetUrl,
      assetSize: (assetId) => {
        const path = prepared.assetPath(assetId);
        return path === null ? null : context.pixelSize(path);
      },
      relatedBrief,
      ...(options.generator === undefined ? {} : { generator: options.generator }),
      ...(options.now === undefined ? {} : { now: options.now }),
      colophon: options.colophon ?? true,
    },
  );
  return { id: brief.id, fileName: `${options.stem}.html`, html, assets: [...assets.values()], warnings };
}
