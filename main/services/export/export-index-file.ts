import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type ExportIndexEntry, renderExportIndexHtml } from '../../../shared/render/export-index-html';
import { writeFileDurable } from '../library/durable-write';
import type { LibraryStore } from '../library/library-store';
import type { WrittenExport } from './export-briefs';

/** Options of writeExportIndex. */
export interface ExportIndexFileOptions {
  /** The folder the pages were written to. */
  outDir: string;
  /** The page's heading. @default 'Briefs' */
  title?: string;
  /** Program name and version, for the page's generator line. */
  generator?: string;
  /** The "Exported from …" line under the page. @default true */
  colophon?: boolean;
}

/** The index page, on disk. */
export interface WrittenIndex {
  /** `index.html`, or `index-2.html`, `index-3.html`… when that name is taken. */
  fileName: string;
  /** Absolute path of the file. */
  path: string;
}

/** The first of index.html, index-2.html, … not yet in `dir`. */
function freeIndexName(dir: string): string {
  let name = 'index.html';
  for (let n = 2; existsSync(join(dir, name)); n += 1) name = `index-${n}.html`;
  return name;
}

/**
 * Writes an index page (renderExportIndexHtml) into the output folder of an
 * HTML export, durably, listing the exported pages in the order given with
 * each brief's section, headline, standfirst, byline, date and language. It
 * never replaces a file: when index.html exists it is written as
 * index-2.html (index-3.html, …).
 */
export async function writeExportIndex(
  store: LibraryStore,
  pages: readonly WrittenExport[],
  options: ExportIndexFileOptions,
): Promise<WrittenIndex> {
  const entries: ExportIndexEntry[] = [];
  for (const page of pages) {
    const brief = await store.get(page.id);
    entries.push({
      href: encodeURIComponent(page.fileName),
      headline: brief.headline,
      standfirst: brief.standfirst,
      section: brief.section,
      byline: brief.byline,
      date: brief.updatedAt,
      lang: brief.language,
    });
  }
  const html = renderExportIndexHtml({
    title: options.title ?? 'Briefs',
    entries,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
    ...(options.colophon === false ? { colophon: false as const } : {}),
  });
  const dir = resolve(options.outDir);
  const fileName = freeIndexName(dir);
  const path = join(dir, fileName);
  await writeFileDurable(path, html);
  return { fileName, path };
}
