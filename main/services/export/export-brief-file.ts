import { readFile } from 'node:fs/promises';
import type { ExportBundle, ExportedFile, ExportFormat, ImageMode } from '../../../shared/api/contract';
import { assetMimeType } from '../../../shared/model/asset-mime';
import { exportStem } from '../../../shared/render/export-file-name';
import { ioError } from '../library/io-error';
import type { LibraryStore } from '../library/library-store';
import { exportBriefHtml, type ExportAsset } from './export-brief-html';
import { exportBriefJson } from './export-brief-json';
import { exportBriefMarkdown } from './export-brief-markdown';
import { noPdfPrinter, type PdfPrinter } from './pdf-printer';
import { prepareForExport } from './prepare-for-export';

/** What to export: the contract's `exportBrief` input. */
export interface ExportBriefFileRequest {
  id: string;
  format: ExportFormat;
  /** HTML only (PDF always embeds, Markdown always uses the folder). @default 'embed' */
  images?: ImageMode;
  /** File stems of the briefs exported together, by id; the brief's own is used for its files. */
  stems?: Readonly<Record<string, string>>;
  /** The "Exported from …" line under an HTML page or PDF. @default true */
  colophon?: boolean;
}

/** Options of exportBriefFile. */
export interface ExportBriefFileOptions {
  /** Program name and version, written into HTML pages. */
  generator?: string;
  now?: Date;
  /** Prints PDFs. @default a printer that refuses with 'unsupported' */
  pdfPrinter?: PdfPrinter;
}

const MIME = {
  html: 'text/html;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
} as const;

/** The images of an export as base64 files, in the order given. */
async function assetFiles(assets: readonly ExportAsset[]): Promise<ExportedFile[]> {
  const files: ExportedFile[] = [];
  for (const asset of assets) {
    const bytes = await readFile(asset.sourcePath).catch((error: unknown) => {
      throw ioError('read', asset.sourcePath, error);
    });
    const fileName = asset.relativePath;
    const mimeType = assetMimeType(fileName) ?? 'application/octet-stream';
    files.push({ fileName, mimeType, content: bytes.toString('base64'), encoding: 'base64' });
  }
  return files;
}

const text = (fileName: string, mimeType: string, content: string): ExportedFile => ({ fileName, mimeType, content, encoding: 'utf8' });

/**
 * One brief of `store` as files held in memory, for the app to download,
 * zip or preview — the main file first, then its images:
 * - `html`: exportBriefHtml's standalone page, images embedded (data: URLs)
 *   or, with `images: 'folder'`, as `<stem>-assets/<asset>` files (base64);
 * - `md`: exportBriefMarkdown's file and its `<stem>-assets/` images;
 * - `pdf`: the page with images embedded, printed by `options.pdfPrinter`;
 * - `json`: exportBriefJson, serialized as `exportBriefs` writes it.
 * Files are named from `request.stems[id]` when given, else the headline's
 * slug (`exportStem`); related briefs named in `stems` link to their
 * `<stem>.html`, `.md` or `.pdf`. The brief is read and prepared once
 * (prepareForExport). Only reads the library. Throws 'not_found' for an
 * unknown id, 'unsupported' for PDF without a printer.
 */
export async function exportBriefFile(
  store: LibraryStore,
  request: ExportBriefFileRequest,
  options: ExportBriefFileOptions = {},
): Promise<ExportBundle> {
  const { id, format } = request;
  const prepared = await prepareForExport(store, id);
  const stem = request.stems?.[id] ?? exportStem(prepared.brief.headline, id, () => false);
  const stems = new Map(Object.entries(request.stems ?? {}));
  const page = {
    stem,
    stems,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
    ...(options.now === undefined ? {} : { now: options.now }),
    colophon: request.colophon ?? true,
  };

  switch (format) {
    case 'json': {
      const content = `${JSON.stringify(await exportBriefJson(prepared), null, 2)}\n`;
      return { files: [text(`${stem}.json`, MIME.json, content)], warnings: [] };
    }
    case 'md': {
      const file = exportBriefMarkdown(prepared, { stem, stems });
      return { files: [text(file.fileName, MIME.md, file.markdown), ...(await assetFiles(file.assets))], warnings: file.warnings };
    }
    case 'pdf': {
      const printable = await exportBriefHtml(prepared, { ...page, images: 'embed', linkExtension: 'pdf' });
      const pdf = await (options.pdfPrinter ?? noPdfPrinter).print(printable.html);
      const content = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64');
      return { files: [{ fileName: `${stem}.pdf`, mimeType: MIME.pdf, content, encoding: 'base64' }], warnings: printable.warnings };
    }
    case 'html': {
      const html = await exportBriefHtml(prepared, { ...page, images: request.images ?? 'embed' });
      return { files: [text(html.fileName, MIME.html, html.html), ...(await assetFiles(html.assets))], warnings: html.warnings };
    }
  }
}
