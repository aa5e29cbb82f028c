import path from 'node:path';
import { parseArgs } from 'node:util';
import { asImportFileError, EmptyImportError } from '../services/import/import-error';
import { importFileFromDisk } from '../services/import/import-file';
import { UsageError } from './export-command';
import { withLibrary } from './with-library';

/** What `import` was asked to do, checked. */
export interface ImportRequest {
  files: string[];
  data: string;
  /** Web pages come in whole, not as their article. */
  wholePage: boolean;
  /** Documents that hold nothing are added as empty briefs. */
  keepEmpty: boolean;
}

/** Parses `import` arguments. Throws UsageError when no file is given or an option is unknown. */
export function parseImportArgs(args: string[], defaultData: string): ImportRequest {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { data: { type: 'string' }, 'whole-page': { type: 'boolean' }, 'keep-empty': { type: 'boolean' } },
  });
  if (positionals.length === 0) throw new UsageError('import needs one or more files');
  return {
    files: positionals,
    data: values.data ?? defaultData,
    wholePage: values['whole-page'] ?? false,
    keepEmpty: values['keep-empty'] ?? false,
  };
}

/**
 * `briefdesk import`: opens the library for writing (a library open in the
 * app → BriefdeskError 'locked'), imports each file on its own — Briefdesk
 * JSON, Markdown, HTML, Word (.docx) or plain text, images read from the
 * file's folder — and prints one line per file on `out`:
 * `Imported FILE as ID “HEADLINE” (FORMAT): Headline, Standfirst, …`,
 * `Skipped FILE: REASON` (a document holding nothing; `--keep-empty` adds
 * it) or `Failed FILE: REASON`; warnings go to `err`, one line each, as
 * `briefdesk: FILE: WARNING`. A bad file does not stop the others. Web
 * pages come in as their article unless `--whole-page`. Resolves to the
 * exit code: 1 if any file failed, else 0.
 */
export async function runImport(
  request: ImportRequest,
  version: string,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream,
): Promise<number> {
  let failed = 0;
  await withLibrary(request.data, version, async (store) => {
    for (const file of request.files) {
      try {
        const report = await importFileFromDisk(store, file, { wholePage: request.wholePage, keepEmpty: request.keepEmpty });
        const parts = report.recognised.length > 0 ? `: ${report.recognised.join(', ')}` : '';
        out.write(`Imported ${file} as ${report.id} “${report.headline || 'Untitled brief'}” (${report.format})${parts}\n`);
        for (const warning of report.warnings) err.write(`briefdesk: ${file}: ${warning}\n`);
      } catch (error) {
        const reason = asImportFileError(path.basename(file), error);
        if (reason instanceof EmptyImportError) {
          out.write(`Skipped ${file}: ${reason.reason} (--keep-empty adds it as an empty brief)\n`);
          continue;
        }
        failed += 1;
        out.write(`Failed ${file}: ${reason.reason}\n`);
      }
    }
  });
  return failed > 0 ? 1 : 0;
}
