import type { appContract, HandlersOf } from '../../../shared/api/contract';
import type { LibraryStore } from '../../services/library/library-store';
import type { ShellInfo } from '../shell-info';

/** The app itself: version, shell, data folder. */
export function appHandlers(store: LibraryStore, info: Pick<ShellInfo, 'version' | 'shell'>): HandlersOf<typeof appContract> {
  return {
    getAppInfo: async () => ({ version: info.version, shell: info.shell, dataDir: store.dataDir }),
  };
}
