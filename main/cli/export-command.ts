import path from 'node:path';
import { parseArgs } from 'node:util';
import { BriefdeskError } from '../../shared/model/errors';
import { exportBriefs, type ExportFormat } from '../services/export/export-briefs';
import type { ImageMode } from '../services/export/export-brief-html';
import { LibraryStore } from '../services/library-store';

/** A mistake in how the command was called (exit code 2, with the usage). */
export class UsageError extends Error {}

const FORMATS: readonly ExportFormat[] = ['html', 'md', 'json'];
const LATER_FORMATS = ['pdf'];
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
    },
  });
  const all = values.all ?? false;
  if (all && positionals.length > 0) throw new UsageError('give brief ids or --all, not both');
  if (!all && positionals.length === 0) throw new UsageError('export needs brief ids or --all');
  if (values.format === undefined) throw new UsageError('export needs --format html|md|json');
  const format = oneOf(values.format, FORMATS);
  if (!format) {
    throw new UsageError(
      LATER_FORMATS.includes(values.format)
        ? `--format ${values.format} is not available yet; use html, md or json`
        : `unknown format "${values.format}"; use html, md or json`,
    );
  }
  if (values.out === undefined || values.out === '') throw new UsageError('export needs --out DIR');
  const images = oneOf(values.images ?? 'embed', IMAGE_MODES);
  if (!images) throw new UsageError(`unknown --images "${values.images ?? ''}"; use embed or folder`);
  if (images === 'folder' && format !== 'html') throw new UsageError('--images applies to --format html only');
  return { ids: positionals, all, format, out: values.out, data: values.data ?? defaultData, images };
}

/**
 * `briefdesk export`: writes each brief into the output folder (`<slug>.html`,
 * `<slug>.md` with `<slug>-assets/`, or `<slug>.json`) and prints
 * "Wrote DIR/file (id)" per brief (warnings go to stderr). Opens the library
 * read-only, so it works while the app has it open.
 */
export async function runExport(request: ExportRequest, generator: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<void> {
  const store = await LibraryStore.open(path.resolve(request.data), { readOnly: true });
  try {
    const ids = request.all ? store.list().briefs.map((row) => row.id) : request.ids;
    if (ids.length === 0) throw new BriefdeskError('not_found', 'The library has no briefs to export.');
    await exportBriefs(store, ids, {
      format: request.format,
      outDir: request.out,
      images: request.images,
      generator,
      onWritten: (written) => {
        out.write(`Wrote ${path.join(request.out, written.fileName)} (${written.id})\n`);
        for (const warning of written.warnings) err.write(`briefdesk: ${written.id}: ${warning}\n`);
      },
    });
  } finally {
    await store.close();
  }
}
