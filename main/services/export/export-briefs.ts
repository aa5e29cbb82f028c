import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { BriefdeskError } from '../../../shared/model/errors';
import { writeFileDurable } from '../durable-write';
import { ioError } from '../io-error';
import type { LibraryStore } from '../library-store';
import { exportBriefHtml, type ExportAsset, type ImageMode } from './export-brief-html';
import { exportBriefJson } from './export-brief-json';
import { exportBriefMarkdown } from './export-brief-markdown';
import { exportStem } from '../../../shared/render/export-file-name';
import { noPdfPrinter, type PdfPrinter } from './pdf-printer';

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
    const stem = exportStem(rows.get(id)?.headline ?? '', id, (candidate) =>
      taken.has(candidate) ||
      existsSync(join(outDir, `${candidate}.${extension}`)) ||
      (assetsFolder && existsSync(join(outDir, `${candidate}-assets`))),
    );
    taken.add(stem);
    stems.set(id, stem);
  }

  const written: WrittenExport[] = [];
  for (const id of unique) {
    const stem = stems.get(id) ?? id;
    let result: WrittenExport;
    if (options.format === 'html') {
      const page = await exportBriefHtml(store, id, {
        images,
        stem,
        stems,
        ...(options.generator === undefined ? {} : { generator: options.generator }),
        ...(options.now === undefined ? {} : { now: options.now }),
      });
      await copyAssets(outDir, stem, page.assets);
      const path = join(outDir, page.fileName);
      await writeFileDurable(path, page.html);
      result = { id, fileName: page.fileName, path, assets: page.assets.map((asset) => asset.relativePath), warnings: page.warnings };
    } else if (options.format === 'pdf') {
      const page = await exportBriefHtml(store, id, {
        images: 'embed',
        stem,
        stems,
        linkExtension: 'pdf',
        ...(options.generator === undefined ? {} : { generator: options.generator }),
        ...(options.now === undefined ? {} : { now: options.now }),
      });
      const fileName = `${stem}.pdf`;
      const path = join(outDir, fileName);
      await writeFileDurable(path, await (options.pdfPrinter ?? noPdfPrinter).print(page.html));
      result = { id, fileName, path, assets: [], warnings: page.warnings };
    } else if (options.format === 'md') {
      const file = await exportBriefMarkdown(store, id, { stem, stems });
      await copyAssets(outDir, stem, file.assets);
      const path = join(outDir, file.fileName);
      await writeFileDurable(path, file.markdown);
      result = { id, fileName: file.fileName, path, assets: file.assets.map((asset) => asset.relativePath), warnings: file.warnings };
    } else {
      const fileName = `${stem}.json`;
      const path = join(outDir, fileName);
      await writeFileDurable(path, `${JSON.stringify(await exportBriefJson(store, id), null, 2)}\n`);
      result = { id, fileName, path, assets: [], warnings: [] };
    }
    written.push(result);
    options.onWritten?.(result);
  }
  return written;
}
