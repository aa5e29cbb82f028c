import type { OutboxRunner } from '../services/publish/outbox-runner';
import type { SecretStore } from '../services/publish/secret-store';
import type { LibraryHolder } from './library-holder';
import { publishEnvOf } from './publish-env';

/** The services a runtime runs beside the open library, once started. */
export interface BackgroundServices {
  /** Sends the outbox's queued publishes of whatever library is open. */
  outbox: OutboxRunner;
  /** Stops the automatic daily backups' hourly check. */
  stopAutoBackups: () => void;
}

/** What the background services need from the runtime. */
export interface BackgroundOptions {
  version: string;
  secrets?: SecretStore | undefined;
  /** Told of an outbox attempt that threw. */
  onOutboxError: (error: unknown) => void;
  /** Told of each service once it has started, in order. */
  onStarted: (service: 'outbox' | 'auto-backups' | 'index-sync') => void;
}

/**
 * Loads publishing and the zip writer (not needed to show the first page),
 * then starts, in order, the outbox runner, the automatic daily backups and
 * the check of the index against the brief files of the library open now
 * (already under way when the library opened with it). Returns null, starting nothing, if `cancelled` says so
 * once the modules are loaded.
 */
export async function startBackgroundServices(
  library: LibraryHolder,
  options: BackgroundOptions,
  cancelled: () => boolean,
): Promise<BackgroundServices | null> {
  const [{ OutboxRunner: Runner }, { startAutoBackups }] = await Promise.all([
    import('../services/publish/outbox-runner'),
    import('../services/backup/auto-backup'),
  ]);
  if (cancelled()) return null;
  const outbox = new Runner(() => library.current, publishEnvOf(library.current, options), { onError: options.onOutboxError });
  outbox.start();
  options.onStarted('outbox');
  const stopAutoBackups = startAutoBackups(() => library.current, { appVersion: options.version });
  options.onStarted('auto-backups');
  library.current.startIndexSync();
  options.onStarted('index-sync');
  return { outbox, stopAutoBackups };
}
