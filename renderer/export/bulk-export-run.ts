import type { BriefdeskApi, ExportedFile, ExportFormat, ImageMode } from '../../shared/api/contract';
import type { Brief, BriefSummary } from '../../shared/model/brief';
import { type ExportIndexEntry, renderExportIndexHtml } from '../../shared/render/export-index-html';
import { errorMessage } from '../format/error-message';
import { displayHeadline } from '../format/untitled';
import { exportStems, INDEX_STEM } from './export-stems';

/** Where a bulk export is: `done` of `total` briefs finished, `headline` the one being exported now. */
export interface BulkProgress {
  done: number;
  total: number;
  headline: string;
}

/** What became of one brief of a bulk export. */
export interface BriefExportResult {
  id: string;
  headline: string;
  /** Its main file in the zip, or null when it failed. */
  fileName: string | null;
  warnings: string[];
  /** Why it failed, fit to show; null when it was exported. */
  error: string | null;
}

/** The end of a bulk export: stopped by Cancel (nothing to save), or every brief tried. */
export type BulkExportOutcome =
  { kind: 'cancelled'; done: number; total: number } | { kind: 'finished'; files: ExportedFile[]; results: BriefExportResult[] };

/** What runBulkExport needs. */
export interface BulkExportOptions {
  api: Pick<BriefdeskApi, 'listBriefs' | 'getBrief' | 'exportBrief' | 'getAppInfo'>;
  /** The briefs to export, in the order to list them. */
  briefs: readonly Pick<BriefSummary, 'id' | 'headline'>[];
  format: ExportFormat;
  /** HTML only. @default 'embed' */
  images?: ImageMode;
  /** Aborting it stops the export after the brief being exported. */
  signal: AbortSignal;
  /** Called before each brief, and once all are done. */
  onProgress?: (progress: BulkProgress) => void;
  /** Title of the HTML index page. @default 'Briefs' */
  indexTitle?: string;
  /** The "Exported from Briefdesk" line under each page and the index (the Export setting). @default true */
  colophon?: boolean;
}

/** The index page's line for one exported brief. */
function indexEntry(brief: Brief, href: string): ExportIndexEntry {
  return {
    href,
    headline: displayHeadline(brief.headline),
    standfirst: brief.standfirst,
    section: brief.section,
    byline: brief.byline,
    date: brief.updatedAt,
    lang: brief.language,
  };
}

/** The library's current headlines (the list may be older than the last save); the given ones when it cannot be read. */
async function freshHeadlines(options: BulkExportOptions): Promise<{ id: string; headline: string }[]> {
  const listing = await options.api.listBriefs({ trash: false }).catch(() => null);
  const current = new Map(listing?.briefs.map((row) => [row.id, row.headline]));
  return options.briefs.map((brief) => ({ id: brief.id, headline: current.get(brief.id) ?? brief.headline }));
}

/** "Briefdesk 1.2.0" for the index's colophon, or plain "Briefdesk". */
async function generatorName(api: BulkExportOptions['api']): Promise<string> {
  const info = await api.getAppInfo({}).catch(() => null);
  return info === null ? 'Briefdesk' : `Briefdesk ${info.version}`;
}

/**
 * Exports briefs one after another (getBrief + exportBrief), every brief
 * with `stems` computed for the whole set so names never clash and related
 * briefs link to each other. A brief that fails is reported and the others
 * go on. Each brief exported is kept in its History (an 'export'
 * revision, not repeated for an unchanged brief). For HTML, an
 * `index.html` (renderExportIndexHtml) listing the exported pages comes
 * first. `colophon: false` leaves the "Exported from" line off every page and the index. Aborting `signal` stops after the brief being
 * exported and gives 'cancelled' with no files. Each brief is awaited, so
 * the page stays responsive between them.
 */
export async function runBulkExport(options: BulkExportOptions): Promise<BulkExportOutcome> {
  const { api, format, signal } = options;
  const images = options.images ?? 'embed';
  const colophon = options.colophon ?? true;
  const briefs = await freshHeadlines(options);
  const total = briefs.length;
  const stems = exportStems(briefs, format);
  const files: ExportedFile[] = [];
  const taken = new Set<string>(format === 'html' ? [`${INDEX_STEM}.html`] : []);
  const results: BriefExportResult[] = [];
  const entries: ExportIndexEntry[] = [];

  for (const [done, summary] of briefs.entries()) {
    if (signal.aborted) return { kind: 'cancelled', done, total };
    const headline = displayHeadline(summary.headline);
    options.onProgress?.({ done, total, headline });
    try {
      const brief = await api.getBrief({ id: summary.id });
      const bundle = await api.exportBrief({ id: summary.id, format, images, stems, snapshot: true, colophon });
      const clash = bundle.files.find((file) => taken.has(file.fileName));
      if (clash) throw new Error(`“${clash.fileName}” is already in the export`);
      const [main] = bundle.files;
      for (const file of bundle.files) taken.add(file.fileName);
      files.push(...bundle.files);
      if (main) entries.push(indexEntry(brief, main.fileName));
      results.push({
        id: summary.id,
        headline: displayHeadline(brief.headline),
        fileName: main?.fileName ?? null,
        warnings: bundle.warnings,
        error: null,
      });
    } catch (failure) {
      results.push({ id: summary.id, headline, fileName: null, warnings: [], error: errorMessage(failure) });
    }
  }
  if (signal.aborted) return { kind: 'cancelled', done: total, total };
  options.onProgress?.({ done: total, total, headline: '' });

  if (format === 'html' && entries.length > 0) {
    const html = renderExportIndexHtml({
      title: options.indexTitle ?? 'Briefs',
      generator: await generatorName(api),
      entries,
      ...(colophon ? {} : { colophon: false }),
    });
    files.unshift({ fileName: `${INDEX_STEM}.html`, mimeType: 'text/html;charset=utf-8', content: html, encoding: 'utf8' });
  }
  return { kind: 'finished', files, results };
}
