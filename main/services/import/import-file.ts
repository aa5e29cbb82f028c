import path from 'node:path';
import { type ImportFormat, type ImportReport, MAX_IMPORT_BYTES } from '../../../shared/api/contract';
import { BriefContent } from '../../../shared/model/brief';
import type { LibraryStore } from '../library/library-store';
import { importBriefJson } from './import-brief-json';
import { readDocx } from './import-docx';
import { commitDraft, type ImportDraft } from './import-draft';
import { asImportFileError, ImportFileError } from './import-error';
import { detectImportFormat } from './import-format';
import { readHtmlPage } from './import-html';
import { readMarkdown } from './import-markdown';
import { readPlainText } from './import-plain-text';
import { recognisedParts } from './import-recognised';
import { decodeImportText } from './import-text-decode';
import { readImportFile } from './read-import-file';

/** Options of importFile. */
export interface ImportFileOptions {
  /**
   * The folder the file was in, when known (the command line): images a
   * Markdown or HTML file names by a relative path (`<name>-assets/…`) are
   * read from inside it. Without it such images are reported as missing.
   */
  baseDir?: string;
  /** A web page: keep the whole page, not only its article. */
  wholePage?: boolean;
  /** Add a document that holds nothing as an empty brief (otherwise it is refused with an EmptyImportError). */
  keepEmpty?: boolean;
}

/** What each text format is called in the message about a binary file. */
const TEXT_KIND: Record<Exclude<ImportFormat, 'json' | 'docx'>, string> = {
  markdown: 'a Markdown file',
  html: 'an HTML page',
  text: 'a text file',
};

async function draftOf(
  format: Exclude<ImportFormat, 'json'>,
  fileName: string,
  bytes: Uint8Array,
  options: ImportFileOptions,
): Promise<ImportDraft> {
  if (format === 'docx') return readDocx(fileName, bytes);
  const text = decodeImportText(fileName, bytes, TEXT_KIND[format]);
  if (format === 'markdown') return readMarkdown(fileName, text, options.baseDir);
  if (format === 'html') return readHtmlPage(text, { baseDir: options.baseDir, wholePage: options.wholePage ?? false });
  return readPlainText(text);
}

/**
 * Imports one file as a new brief in `store` and reports what it became.
 * The format comes from the extension (.json .md .markdown .html .htm .docx
 * .txt), else from the content (detectImportFormat): a Briefdesk JSON
 * export (importBriefJson), Markdown with front matter, an HTML page
 * (Briefdesk's own exports restored exactly), a Word document, or plain
 * text shaped like a brief. Everything is sanitized and checked before
 * anything is written; what is not recognised is kept in the body. Throws
 * ImportFileError naming `fileName` with the reason (empty, binary, not
 * UTF-8, not a Word document, damaged, too large…) — an EmptyImportError
 * for a document that holds nothing, unless `options.keepEmpty`.
 */
export async function importFile(
  store: LibraryStore,
  bytes: Uint8Array,
  fileName: string,
  options: ImportFileOptions = {},
): Promise<ImportReport> {
  try {
    if (bytes.byteLength > MAX_IMPORT_BYTES) {
      throw new ImportFileError(
        'too_large',
        fileName,
        `The file is ${(bytes.byteLength / (1024 * 1024)).toFixed(1)} MB; Briefdesk imports files of up to 100 MB.`,
      );
    }
    if (bytes.byteLength === 0) throw new ImportFileError('invalid_input', fileName, 'The file is empty: there is nothing to import.');
    const format = detectImportFormat(fileName, bytes);
    if (format === 'json') {
      const imported = await importBriefJson(store, bytes, fileName);
      const brief = await store.get(imported.id);
      return {
        id: imported.id,
        headline: imported.headline,
        format,
        recognised: recognisedParts(BriefContent.parse(brief)),
        warnings: imported.warnings,
      };
    }
    return await commitDraft(store, await draftOf(format, fileName, bytes, options), { keepEmpty: options.keepEmpty ?? false });
  } catch (error) {
    throw asImportFileError(fileName, error);
  }
}

/** Reads a file from disk (refusing one over 100 MB before reading) and imports it, its folder as `baseDir`. Throws ImportFileError. */
export async function importFileFromDisk(
  store: LibraryStore,
  filePath: string,
  options: Omit<ImportFileOptions, 'baseDir'> = {},
): Promise<ImportReport> {
  const fileName = path.basename(filePath);
  const bytes = await readImportFile(filePath, fileName);
  return importFile(store, bytes, fileName, { ...options, baseDir: path.dirname(path.resolve(filePath)) });
}
