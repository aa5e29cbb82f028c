import { BriefdeskError, type BriefdeskErrorCode } from '../../../shared/model/errors';

/**
 * Why one file could not be imported. The message names the file
 * (`"brief.json": it is empty.`); `reason` is the same without the name, for
 * a list that already shows it.
 */
export class ImportFileError extends BriefdeskError {
  /** The file's name as the analyst gave it. */
  readonly fileName: string;
  /** What is wrong, as a sentence. */
  readonly reason: string;

  constructor(code: BriefdeskErrorCode, fileName: string, reason: string, options?: { cause?: unknown }) {
    super(code, `"${fileName}": ${reason}`, options);
    this.name = 'ImportFileError';
    this.fileName = fileName;
    this.reason = reason;
  }
}

/** `error` as an ImportFileError about `fileName` (a BriefdeskError keeps its code and message). */
export function asImportFileError(fileName: string, error: unknown): ImportFileError {
  if (error instanceof ImportFileError) return error;
  if (error instanceof BriefdeskError) return new ImportFileError(error.code, fileName, error.message, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportFileError('internal', fileName, `Briefdesk could not import it (${detail}).`, { cause: error });
}
