import type { ImportReport } from '../../shared/api/contract';
import { errorMessage } from '../format/error-message';

/** What became of one file of an import. */
export type ImportOutcome =
  | { kind: 'imported'; fileName: string; report: ImportReport }
  | { kind: 'failed'; fileName: string; message: string }
  /** Not tried: the import was cancelled before its turn. */
  | { kind: 'skipped'; fileName: string };

/** Where an import is: file `number` (1-based) of `total` is being imported. */
export interface ImportProgress {
  number: number;
  total: number;
  fileName: string;
}

export interface RunImportOptions<F extends { name: string }> {
  /** Reads one file into the API's input (throws with a message to show when it cannot). */
  read: (file: F) => Promise<{ fileName: string; dataBase64: string }>;
  /** `api.importFile`. */
  importFile: (input: { fileName: string; dataBase64: string }) => Promise<ImportReport>;
  /** Called before each file is read. */
  onProgress?: (progress: ImportProgress) => void;
  /** Checked before each file: once aborted, the files not started are skipped. */
  signal?: AbortSignal;
}

/**
 * Imports files one after another (one `importFile` call each). A file that
 * cannot be read or imported is recorded with its message and the next one
 * goes on; cancelling stops before the next file, never in the middle of one.
 * Resolves with one outcome per file, in the order given.
 */
export async function runImport<F extends { name: string }>(files: readonly F[], options: RunImportOptions<F>): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) {
      outcomes.push({ kind: 'skipped', fileName: file.name });
      continue;
    }
    options.onProgress?.({ number: index + 1, total: files.length, fileName: file.name });
    try {
      const input = await options.read(file);
      const report = await options.importFile(input);
      outcomes.push({ kind: 'imported', fileName: file.name, report });
    } catch (error) {
      outcomes.push({ kind: 'failed', fileName: file.name, message: errorMessage(error) });
    }
  }
  return outcomes;
}
