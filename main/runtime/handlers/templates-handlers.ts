import type { HandlersOf, templatesContract } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';

/** Brief templates (store.templates). */
export function templatesHandlers(store: LibraryStore): HandlersOf<typeof templatesContract> {
  return {
    listTemplates: async () => store.templates.list(),
    saveTemplate: async ({ name, fromBriefId }) => store.templates.saveFromBrief(name, await store.get(fromBriefId)),
    deleteTemplate: async ({ id }) => {
      await store.templates.delete(id);
      return { ok: true };
    },
  };
}
