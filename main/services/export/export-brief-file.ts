import type { ExportBundle, ExportFormat } from '../../../shared/api/contract';
import { BriefdeskError } from '../../../shared/model/errors';
import type { LibraryStore } from '../library-store';
import { exportBriefHtml } from './export-brief-html';
import { exportBriefJson } from './export-brief-json';
import { exportStem } from './export-file-name';

/** Options of exportBriefFile. */
export interface ExportBriefFileOptions {
  /** Program name and version, written into HTML pages. */
  generator?: string;
  now?: Date;
}

/**
 * One brief of `store` as a file held in memory, for the app to download or
 * preview: `html` is exportBriefHtml's standalone page with images embedded
 * (data: URLs), `json` is exportBriefJson serialized as `exportBriefs` writes
 * it. Only reads the library: no file is written, no index line appended.
 * The file name is the headline's slug (`exportStem`). Throws 'not_found'.
 */
export async function exportBriefFile(
  store: LibraryStore,
  id: string,
  format: ExportFormat,
  options: ExportBriefFileOptions = {},
): Promise<ExportBundle> {
  const brief = await store.get(id);
  const stem = exportStem(brief.headline, id, () => false);
  if (format === 'json') {
    const content = `${JSON.stringify(await exportBriefJson(store, id), null, 2)}\n`;
    return { files: [{ fileName: `${stem}.json`, mimeType: 'application/json', content, encoding: 'utf8' }], warnings: [] };
  }
  if (format !== 'html') throw new BriefdeskError('unsupported', `Export to ${format} is not available here yet.`);
  const page = await exportBriefHtml(store, id, {
    images: 'embed',
    stem,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
    ...(options.now === undefined ? {} : { now: options.now }),
  });
  return { files: [{ fileName: page.fileName, mimeType: 'text/html;charset=utf-8', content: page.html, encoding: 'utf8' }], warnings: page.warnings };
}
