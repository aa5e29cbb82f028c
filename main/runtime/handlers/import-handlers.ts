import type { HandlersOf, importContract } from '../../../shared/api/contract';
import { decodeBase64 } from '../../services/decode-base64';
import { ImportFileError } from '../../services/import/import-error';
import { importFile } from '../../services/import/import-file';
import type { LibraryStore } from '../../services/library/library-store';

/** A file sent by the page (base64) in as a new brief. */
export function importHandlers(store: LibraryStore): HandlersOf<typeof importContract> {
  return {
    importFile: ({ fileName, dataBase64 }) => {
      const bytes = decodeBase64(dataBase64, () => {
        throw new ImportFileError(
          'invalid_input',
          fileName,
          'The file did not arrive whole (its data is not valid base64). Try importing it again.',
        );
      });
      return importFile(store, bytes, fileName);
    },
  };
}
