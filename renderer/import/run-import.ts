import type { ImportReport, ImportResult } from '../../shared/api/contract';
import { errorMessage } from '../format/error-message';
import type { ImportSource } from './read-import-file';

/** What became of one file of an import. */
export type ImportOutcome =
  | { kind: 'imported'; fileName: string; report: ImportReport }
  /** The document holds nothing: no brief was added (it can be added anyway). */
  | { kind: 'empty'; fileName: string; message: string }
  | { kind: 'failed'; fileName: string; message: string }
  /** Not tried: the import was cancelled before its turn. */
  | { kind: 'skipped'; fileName: string };

/** What the analyst may ask of a file again: add it though it is empty, or keep the whole web page instead of its article. */
export type ImportAgain = 'keep-empty' | 'whole-page';

/** The input of `api.importFile`. */
export interface ImportInput {
  fileName: string;
  dataBase64: string;
  wholePage?: boolean;
  keepEmpty?: boolean;
}

/** Where an import is: file `number` (1-based) of `total` is being imported. */
export interface ImportProgress {
  number: number;
  total: number;
  fileName: string;
}

export interface RunImportOptions<F extends ImportSource> {
  /** Reads one file into the API's input (throws with a message to show when it cannot). */
  read: (file: F) => Promise<{ fileName: string; dataBase64: string }>;
  /** `api.importFile`. */
  importFile: (input: ImportInput) => Promise<ImportResult>;
  /** Called before each file is read. */
  onProgress?: (progress: ImportProgress) => void;
  /** Checked before each file: once aborted, the files not started are skipped. */
  signal?: AbortSignal;
}

/** One file read and imported (with what is asked of it), as an outcome; never throws. */
export async function importOne<F extends ImportSource>(
  file: F,
  options: Pick<RunImportOptions<F>, 'read' | 'importFile'>,
  ask: { wholePage?: boolean; keepEmpty?: boolean } = {},
): Promise<ImportOutcome> {
  try {
    const input = await options.read(file);
    const result = await options.importFile({ ...input, ...ask });
    if ('skipped' in result) return { kind: 'empty', fileName: file.name, message: result.message };
    return { kind: 'imported', fileName: file.name, report: result };
  } catch (error) {
    return { kind: 'failed', fileName: file.name, message: errorMessage(error) };
  }
}

/**
 * Imports files one after another (one `importFile` call each). A file that
 * cannot be read or imported is recorded with its message and the next one
 * goes on; cancelling stops before the next file, never in the middle of one.
 * Resolves with one outcome per file, in the order given.
 */
export async function runImport<F extends ImportSource>(files: readonly F[], options: RunImportOptions<F>): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, file] of files.entries()) {
    if (options.signal?.aborted) {
      outcomes.push({ kind: 'skipped', fileName: file.name });
      continue;
    }
    options.onProgress?.({ number: index + 1, total: files.length, fileName: file.name });
    outcomes.push(await importOne(file, options));
  }
  return outcomes;
}
