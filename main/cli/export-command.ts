import path from 'node:path';
import { parseArgs } from 'node:util';
import { BriefdeskError } from '../../shared/model/errors';
import { ChromiumPdfPrinter } from '../services/export/chromium-pdf';
import { exportBriefs, type ExportFormat, type WrittenExport } from '../services/export/export-briefs';
import type { ImageMode } from '../services/export/export-brief-html';
import { writeExportIndex } from '../services/export/export-index-file';
import { LibraryStore } from '../services/library/library-store';
import { resolveBriefIds } from './resolve-brief-id';

/** A mistake in how the command was called (exit code 2, with the usage). */
export class UsageError extends Error {}

const FORMATS: readonly ExportFormat[] = ['html', 'md', 'pdf', 'json'];
const IMAGE_MODES: readonly ImageMode[] = ['embed', 'folder'];

function oneOf<T extends string>(value: string, allowed: readonly T[]): T | undefined {
  return allowed.find((candidate) => candidate === value);
}

/** What `export` was asked to do, checked. */
export interface ExportRequest {
  ids: string[];
  all: boolean;
  format: ExportFormat;
  out: string;
  data: string;
  images: ImageMode;
  /** The "Exported from Briefdesk" line under HTML and PDF pages (off with --no-footer). */
  footer: boolean;
}

/** Parses `export` arguments. Throws UsageError for anything missing or unknown. */
export function parseExportArgs(args: string[], defaultData: string): ExportRequest {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      all: { type: 'boolean' },
      format: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      images: { type: 'string' },
      'no-footer': { type: 'boolean' },
    },
  });
  const all = values.all ?? false;
  if (all && positionals.length > 0) throw new UsageError('give brief ids or --all, not both');
  if (!all && positionals.length === 0) throw new UsageError('export needs brief ids or --all');
  if (values.format === undefined) throw new UsageError('export needs --format html|md|pdf|json');
  const format = oneOf(values.format, FORMATS);
  if (!format) throw new UsageError(`unknown format "${values.format}"; use html, md, pdf or json`);
  if (values.out === undefined || values.out === '') throw new UsageError('export needs --out DIR');
  const images = oneOf(values.images ?? 'embed', IMAGE_MODES);
  if (!images) throw new UsageError(`unknown --images "${values.images ?? ''}"; use embed or folder`);
  if (images === 'folder' && format !== 'html') throw new UsageError('--images applies to --format html only');
  const footer = !(values['no-footer'] ?? false);
  if (!footer && (format === 'md' || format === 'json')) throw new UsageError('--no-footer applies to --format html or pdf');
  return { ids: positionals, all, format, out: values.out, data: values.data ?? defaultData, images, footer };
}

/**
 * `briefdesk export`: writes each brief into the output folder (`<slug>.html`,
 * `<slug>.md` with `<slug>-assets/`, `<slug>.pdf` or `<slug>.json`) and
 * prints "Wrote DIR/file (id)" per brief (warnings go to stderr). More than
 * one HTML page also gets an index page linking them (`index.html`, or
 * `index-2.html`… when that name is taken). PDFs are printed by one Chromium
 * for the whole run, started before anything is written: without Chromium
 * the command fails with what to do. Opens the library read-only, so it
 * works while the app has it open.
 */
export async function runExport(
  request: ExportRequest,
  generator: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<void> {
  // Read-only (the index is checked against the brief files before open resolves).
  const store = await LibraryStore.open(path.resolve(request.data), { readOnly: true });
  const pdfPrinter = request.format === 'pdf' ? new ChromiumPdfPrinter() : null;
  try {
    const ids = request.all ? store.list().briefs.map((row) => row.id) : resolveBriefIds(store, request.ids);
    if (ids.length === 0) throw new BriefdeskError('not_found', 'The library has no briefs to export.');
    await pdfPrinter?.start();
    const pages: WrittenExport[] = await exportBriefs(store, ids, {
      format: request.format,
      outDir: request.out,
      images: request.images,
      generator,
      colophon: request.footer,
      ...(pdfPrinter ? { pdfPrinter } : {}),
      onWritten: (written) => {
        out.write(`Wrote ${path.join(request.out, written.fileName)} (${written.id})\n`);
        for (const warning of written.warnings) err.write(`briefdesk: ${written.id}: ${warning}\n`);
      },
    });
    if (request.format === 'html' && pages.length > 1) {
      const index = await writeExportIndex(store, pages, { outDir: request.out, generator, colophon: request.footer });
      out.write(`Wrote ${path.join(request.out, index.fileName)} (index of ${pages.length} briefs)\n`);
    }
  } finally {
    await pdfPrinter?.close();
    await store.close();
  }
}
