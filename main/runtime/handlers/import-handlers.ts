import type { HandlersOf, importContract } from '../../../shared/api/contract';
import { decodeBase64 } from '../../services/decode-base64';
import { EmptyImportError, ImportFileError } from '../../services/import/import-error';
import { detectImportFormat } from '../../services/import/import-format';
import { importFile } from '../../services/import/import-file';
import type { LibraryStore } from '../../services/library/library-store';

/** A file sent by the page (base64) in as a new brief; an empty document is answered as skipped. */
export function importHandlers(store: LibraryStore): HandlersOf<typeof importContract> {
  return {
    importFile: async ({ fileName, dataBase64, wholePage, keepEmpty }) => {
      const bytes = decodeBase64(dataBase64, () => {
        throw new ImportFileError(
          'invalid_input',
          fileName,
          'The file did not arrive whole (its data is not valid base64). Try importing it again.',
        );
      });
      try {
        return await importFile(store, bytes, fileName, { wholePage: wholePage ?? false, keepEmpty: keepEmpty ?? false });
      } catch (error) {
        if (!(error instanceof EmptyImportError)) throw error;
        return { skipped: 'empty', format: detectImportFormat(fileName, bytes), message: error.reason };
      }
    },
  };
}
