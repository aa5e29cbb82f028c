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

/** Why one file was not imported because it holds nothing; `importFile` with `keepEmpty` adds it anyway. */
export class EmptyImportError extends ImportFileError {
  constructor(fileName: string, reason: string, options?: { cause?: unknown }) {
    super('invalid_input', fileName, reason, options);
    this.name = 'EmptyImportError';
  }
}

/** `error` as an ImportFileError about `fileName` (a BriefdeskError keeps its code and message; an empty document is an EmptyImportError). */
export function asImportFileError(fileName: string, error: unknown): ImportFileError {
  if (error instanceof ImportFileError) return error;
  if (error instanceof EmptyDocumentError) return new EmptyImportError(fileName, error.message, { cause: error });
  if (error instanceof BriefdeskError) return new ImportFileError(error.code, fileName, error.message, { cause: error });
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportFileError('internal', fileName, `Briefdesk could not import it (${detail}).`, { cause: error });
}

/**
 * A document that holds nothing to make a brief of (no text, no image): it
 * is not added unless the analyst asks (`keepEmpty`). The message names the
 * file once asImportFileError gives it one.
 */
export class EmptyDocumentError extends BriefdeskError {
  constructor(format: string) {
    super(
      'invalid_input',
      `The ${format === 'docx' ? 'Word document' : 'document'} is empty: it holds no text or image, so no brief was added.`,
    );
    this.name = 'EmptyDocumentError';
  }
}
