import type { AppInfo } from '../../shared/api/contract';
import type { PdfPrinter } from '../services/export/pdf-printer';
import type { OutboxRunner } from '../services/publish/outbox-runner';
import type { SecretStore } from '../services/publish/secret-store';
import type { LibraryHolder } from './library-holder';

/** What the handlers know about the shell that serves them. */
export interface ShellInfo {
  version: string;
  shell: AppInfo['shell'];
  /** Prints PDF exports; without one, exportBrief to pdf is 'unsupported'. The runtime closes it when it stops. */
  pdfPrinter?: PdfPrinter;
  /** The shell's library, which a restored backup can replace (switchLibrary); without it restoring is 'unsupported'. */
  library?: LibraryHolder;
  /** Seals publishing passwords (desktop: safeStorage); without it, a key file outside the library (publish/secret-store-file-key.ts). */
  secrets?: SecretStore;
  /** The shell's outbox runner, which `wakeOutbox` wakes; without it `wakeOutbox` answers `woken: false`. */
  outbox?: Pick<OutboxRunner, 'networkMayBeBack'>;
}
