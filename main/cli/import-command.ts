import path from 'node:path';
import { parseArgs } from 'node:util';
import { asImportFileError } from '../services/import/import-error';
import { importBriefJsonFile } from '../services/import/import-brief-json';
import { LibraryStore } from '../services/library-store';
import { UsageError } from './export-command';

/** What `import` was asked to do, checked. */
export interface ImportRequest {
  files: string[];
  data: string;
}

/** Parses `import` arguments. Throws UsageError when no file is given or an option is unknown. */
export function parseImportArgs(args: string[], defaultData: string): ImportRequest {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { data: { type: 'string' } } });
  if (positionals.length === 0) throw new UsageError('import needs one or more files');
  return { files: positionals, data: values.data ?? defaultData };
}

/** Why a file is not imported because of its kind, or null for a kind import reads. */
function unsupportedKind(file: string): string | null {
  return path.extname(file).toLowerCase() === '.json'
    ? null
    : 'Markdown/HTML/DOCX/text import is not available yet; only Briefdesk JSON exports (.json) can be imported.';
}

/**
 * `briefdesk import`: opens the library for writing (a library open in the
 * app → BriefdeskError 'locked'), imports each file on its own — a bad file
 * does not stop the others — and prints one line per file on `out`:
 * `Imported FILE → ID "HEADLINE"` or `Failed FILE: REASON` (warnings go to
 * `err`). Resolves to the exit code: 1 if any file failed, else 0.
 */
export async function runImport(request: ImportRequest, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const store = await LibraryStore.open(path.resolve(request.data));
  let failed = 0;
  try {
    for (const file of request.files) {
      const kind = unsupportedKind(file);
      if (kind !== null) {
        failed += 1;
        out.write(`Failed ${file}: ${kind}\n`);
        continue;
      }
      try {
        const imported = await importBriefJsonFile(store, file);
        out.write(`Imported ${file} → ${imported.id} "${imported.headline || 'Untitled brief'}"\n`);
        for (const warning of imported.warnings) err.write(`briefdesk: ${file}: ${warning}\n`);
      } catch (error) {
        failed += 1;
        out.write(`Failed ${file}: ${asImportFileError(path.basename(file), error).reason}\n`);
      }
    }
  } finally {
    await store.close();
  }
  return failed > 0 ? 1 : 0;
}
