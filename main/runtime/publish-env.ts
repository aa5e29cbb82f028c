import type { LibraryStore } from '../services/library/library-store';
import type { PublishEnv } from '../services/publish/publish-service';
import { defaultKeyFile, FileKeySecretStore } from '../services/publish/secret-store-file-key';
import type { ShellInfo } from './shell-info';

/**
 * What publishing needs from a shell: its secret store (the desktop's
 * safeStorage), or else the key file outside the library (browser shell, CLI).
 */
export function publishEnvOf(store: LibraryStore, info: Pick<ShellInfo, 'version' | 'secrets'>): PublishEnv {
  return {
    secrets: info.secrets ?? new FileKeySecretStore(defaultKeyFile(), store.dataDir),
    generator: `Briefdesk ${info.version}`,
  };
}
