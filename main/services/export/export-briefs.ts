import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BriefdeskError } from '../../../shared/model/errors';
import { writeFileDurable } from '../library/durable-write';
import { ioError } from '../library/io-error';
import type { LibraryStore } from '../library/library-store';
import { exportBriefHtml, type ExportAsset, type ImageMode } from './export-brief-html';
import { exportBriefJson } from './export-brief-json';
import { exportBriefMarkdown } from './export-brief-markdown';
import { HtmlExportContext } from './html-export-context';
import { exportStem } from '../../../shared/render/export-file-name';
import { noPdfPrinter, type PdfPrinter } from './pdf-printer';
import { prepareForExport } from './prepare-for-export';

/** The formats `exportBriefs` writes. */
export type ExportFormat = 'html' | 'md' | 'json' | 'pdf';

/** Options of exportBriefs. */
export interface ExportBriefsOptions {
  format: ExportFormat;
  /** The output folder; created when missing. */
  outDir: string;
  /** HTML only. @default 'embed' */
  images?: ImageMode;
  /** Program name and version, written into HTML pages. */
  generator?: string;
  /** The "Exported from …" line under HTML and PDF pages. @default true */
  colophon?: boolean;
  now?: Date;
  /** Prints `pdf` exports (one printer for the whole run; the caller closes it). */
  pdfPrinter?: PdfPrinter;
  /** Called after each brief's files are on disk. */
  onWritten?: (written: WrittenExport) => void;
}

/** One brief's export, on disk. */
export interface WrittenExport {
  id: string;
  /** The page, Markdown or JSON file, relative to the output folder. */
  fileName: string;
  /** Absolute path of that file. */
  path: string;
  /** Image files written beside it, relative to the output folder. */
  assets: string[];
  warnings: string[];
}

async function makeDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw ioError('write', dir, error);
  });
}

/** Copies a brief's images into `<stem>-assets/` in the output folder, durably. */
async function copyAssets(outDir: string, stem: string, assets: readonly ExportAsset[]): Promise<void> {
  if (assets.length > 0) await makeDir(join(outDir, `${stem}-assets`));
  for (const asset of assets) {
    const bytes = await readFile(asset.sourcePath).catch((error: unknown) => {
      throw ioError('read', asset.sourcePath, error);
    });
    await writeFileDurable(join(outDir, asset.relativePath), bytes);
  }
}

/** How many briefs' files may be being written while the next brief is made. */
const WRITES_IN_FLIGHT = 4;

/** A brief's export, made but not yet written. */
interface PreparedExport {
  result: WrittenExport;
  /** Writes the files (durably). */
  write: () => Promise<void>;
}

/**
 * Export briefs of `store` into `options.outDir`, durably (temp file, fsync,
 * rename): one `<slug>.html` (with `<slug>-assets/` for `images: 'folder'`),
 * `<slug>.md` (its images always in `<slug>-assets/`), `<slug>.pdf` (the
 * page with images embedded, printed by `options.pdfPrinter`) or
 * `<slug>.json` per brief, named from the headline and never replacing a file already in the
 * folder. Every id is checked before anything is
 * written: an unknown one throws BriefdeskError('not_found', 'No brief with
 * id …'). Works on a read-only store. Related briefs exported together link
 * to each other's pages (HTML, PDF) or files (Markdown front matter).
 *
 * Pages are made one at a time, the next brief read meanwhile, while the
 * files of up to WRITES_IN_FLIGHT briefs are being written (`onWritten`
 * still reports each brief in order, once its files are on disk). On a
 * failure the reads and writes under way finish and the first failure in
 * the order of `ids` is thrown; the briefs before it are written and
 * reported (a few after it may be written too).
 */
export async function exportBriefs(store: LibraryStore, ids: readonly string[], options: ExportBriefsOptions): Promise<WrittenExport[]> {
  const outDir = resolve(options.outDir);
  const rows = new Map([...store.list().briefs, ...store.list({ trash: true }).briefs].map((row) => [row.id, row]));
  const unique = [...new Set(ids)];
  for (const id of unique) {
    if (!rows.has(id)) throw new BriefdeskError('not_found', `No brief with id ${id}`);
  }
  await makeDir(outDir);

  const extension = options.format;
  const images = options.images ?? 'embed';
  const assetsFolder = options.format === 'md' || (options.format === 'html' && images === 'folder');
  const taken = new Set<string>();
  const stems = new Map<string, string>();
  for (const id of unique) {
    const stem = exportStem(
      rows.get(id)?.headline ?? '',
      id,
      (candidate) =>
        taken.has(candidate) ||
        existsSync(join(outDir, `${candidate}.${extension}`)) ||
        (assetsFolder && existsSync(join(outDir, `${candidate}-assets`))),
    );
    taken.add(stem);
    stems.set(id, stem);
  }

  const context = new HtmlExportContext(store);
  const page = (stem: string) => ({
    stem,
    stems,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
    ...(options.now === undefined ? {} : { now: options.now }),
    ...(options.colophon === undefined ? {} : { colophon: options.colophon }),
  });

  /** One brief's files, made in memory (the brief read and prepared once); `write` puts them on disk. */
  const prepare = async (id: string): Promise<PreparedExport> => {
    const stem = stems.get(id) ?? id;
    const brief = await prepareForExport(store, id, context);
    if (options.format === 'html') {
      const html = await exportBriefHtml(brief, { ...page(stem), images });
      const path = join(outDir, html.fileName);
      return {
        result: { id, fileName: html.fileName, path, assets: html.assets.map((asset) => asset.relativePath), warnings: html.warnings },
        write: async () => {
          await copyAssets(outDir, stem, html.assets);
          await writeFileDurable(path, html.html);
        },
      };
    }
    if (options.format === 'pdf') {
      const printable = await exportBriefHtml(brief, { ...page(stem), images: 'embed', linkExtension: 'pdf' });
      const fileName = `${stem}.pdf`;
      const path = join(outDir, fileName);
      const pdf = await (options.pdfPrinter ?? noPdfPrinter).print(printable.html);
      return { result: { id, fileName, path, assets: [], warnings: printable.warnings }, write: () => writeFileDurable(path, pdf) };
    }
    if (options.format === 'md') {
      const file = exportBriefMarkdown(brief, { stem, stems });
      const path = join(outDir, file.fileName);
      return {
        result: { id, fileName: file.fileName, path, assets: file.assets.map((asset) => asset.relativePath), warnings: file.warnings },
        write: async () => {
          await copyAssets(outDir, stem, file.assets);
          await writeFileDurable(path, file.markdown);
        },
      };
    }
    const fileName = `${stem}.json`;
    const path = join(outDir, fileName);
    const json = `${JSON.stringify(await exportBriefJson(brief), null, 2)}\n`;
    return { result: { id, fileName, path, assets: [], warnings: [] }, write: () => writeFileDurable(path, json) };
  };

  // While a brief's files are being written (mostly waiting for fsync), the next ones are made; the
  // next brief is read while this one is made. PDFs are printed one at a time.
  const written: WrittenExport[] = [];
  const writing: Promise<WrittenExport>[] = [];
  const finishOldest = async (): Promise<void> => {
    const next = writing.shift();
    if (next === undefined) return;
    const result = await next;
    written.push(result);
    options.onWritten?.(result);
  };
  const start = <T>(work: Promise<T>): Promise<T> => {
    // Awaited in order below; this only keeps a failure from going unhandled meanwhile.
    work.catch(() => undefined);
    return work;
  };
  const readAhead = options.format !== 'pdf';
  let next: Promise<PreparedExport> | undefined;
  try {
    for (const [index, id] of unique.entries()) {
      const current = next ?? start(prepare(id));
      const following = unique[index + 1];
      next = readAhead && following !== undefined ? start(prepare(following)) : undefined;
      const prepared = await current;
      writing.push(start(prepared.write().then(() => prepared.result)));
      if (writing.length >= WRITES_IN_FLIGHT) await finishOldest();
    }
    while (writing.length > 0) await finishOldest();
  } catch (error) {
    // As one brief after the other would have: the briefs written before the failure are reported,
    // and the first failure in order is thrown. Nothing is left reading or writing.
    await Promise.allSettled(next === undefined ? writing : [next, ...writing]);
    while (writing.length > 0) await finishOldest();
    throw error;
  }
  return written;
}
