import type { backupContract, HandlersOf } from '../../../shared/api/contract';
import { MAX_BACKUP_TRANSFER_BYTES } from '../../../shared/model/library-backup';
import { BriefdeskError } from '../../../shared/model/errors';
import { autoBackupsOf } from '../../services/backup/auto-backup';
import { recoverableBriefs, restoreNewestGoodVersion } from '../../services/backup/newest-good-revision';
import { backupLibrary } from '../../services/backup/write-backup';
import { decodeBase64 } from '../../services/decode-base64';
import type { LibraryStore } from '../../services/library/library-store';
import type { LibraryHolder } from '../library-holder';
import type { ShellInfo } from '../shell-info';

const MEGABYTE = 1024 * 1024;

/** Bytes of a backup sent as base64; throws 'invalid_input' naming it when the data did not arrive whole. */
function decodeBackup(fileName: string, data: string): Uint8Array {
  return decodeBase64(data, () => {
    throw new BriefdeskError('invalid_input', `“${fileName}” did not arrive whole (its data is not valid base64). Try again.`);
  });
}

/** What the backup methods need from the shell: its version, and its switchable library (without one, restoring in the app is 'unsupported'). */
type BackupShell = Pick<ShellInfo, 'version' | 'library'>;

function requireHolder(shell: BackupShell): LibraryHolder {
  if (!shell.library) {
    throw new BriefdeskError('unsupported', 'Restoring a backup is not available here. Use `briefdesk restore FILE --into DIR`.');
  }
  return shell.library;
}

/** The contract's backup methods. */
export type BackupHandlers = HandlersOf<typeof backupContract>;

/** The contract's backup, restore, library-status and recovery methods on a store (and the shell's switchable library). */
export function backupHandlers(store: LibraryStore, shell: BackupShell): BackupHandlers {
  return {
    backupLibrary: async () => {
      const archive = await backupLibrary(store, { appVersion: shell.version });
      if (archive.bytes.byteLength > MAX_BACKUP_TRANSFER_BYTES) {
        throw new BriefdeskError(
          'too_large',
          `The backup is ${Math.ceil(archive.bytes.byteLength / MEGABYTE)} MB, more than the app can download ` +
            `(${MAX_BACKUP_TRANSFER_BYTES / MEGABYTE} MB). Use \`briefdesk backup --out FILE\`: it works while Briefdesk is open.`,
        );
      }
      return {
        fileName: archive.fileName,
        dataBase64: Buffer.from(archive.bytes).toString('base64'),
        createdAt: archive.manifest.createdAt,
        counts: archive.counts,
      };
    },
    restoreBackup: ({ fileName, dataBase64 }) => requireHolder(shell).restore(decodeBackup(fileName, dataBase64), fileName),
    switchLibrary: ({ restoreId }) => requireHolder(shell).switchTo(restoreId),
    getLibraryStatus: async () => ({ readOnly: store.readOnly, notice: store.notice }),
    listRecoverable: async () => ({ items: await recoverableBriefs(store) }),
    restoreNewestGoodVersion: ({ id }) => restoreNewestGoodVersion(store, id),
    getBackupSettings: () => autoBackupsOf(store, { appVersion: shell.version }).status(),
    saveBackupSettings: (settings) => autoBackupsOf(store, { appVersion: shell.version }).configure(settings),
  };
}
