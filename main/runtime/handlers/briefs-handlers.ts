import type { briefsContract, HandlersOf } from '../../../shared/api/contract';
import { BriefdeskError } from '../../../shared/model/errors';
import { decodeBase64 } from '../../services/decode-base64';
import type { LibraryStore } from '../../services/library/library-store';

/** One brief's life in the store: read, create, save, copy, trash, restore, purge; its images. */
export function briefsHandlers(store: LibraryStore): HandlersOf<typeof briefsContract> {
  return {
    getBrief: ({ id }) => store.get(id),
    createBrief: ({ templateId }) => store.create(templateId),
    draftBrief: async ({ templateId }) => store.draft(templateId),
    saveBrief: ({ id, content, baseRevision, createdAt }) =>
      store.save(id, content, baseRevision, createdAt === undefined ? undefined : { createdAt }),
    duplicateBrief: ({ id }) => store.duplicate(id),
    trashBrief: ({ id }) => store.trash(id),
    restoreBrief: ({ id }) => store.restore(id),
    purgeBrief: async ({ id }) => {
      await store.purge(id);
      return { ok: true };
    },
    addImage: ({ fileName, dataBase64 }) =>
      store.addImage(
        fileName,
        decodeBase64(dataBase64, () => {
          throw new BriefdeskError('invalid_input', 'The image data is not valid base64.');
        }),
      ),
  };
}
