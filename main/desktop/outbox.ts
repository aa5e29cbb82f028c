import { powerMonitor } from 'electron';
import type { LibraryStore } from '../services/library/library-store';
import { OutboxRunner } from '../services/publish/outbox-runner';
import type { SecretStore } from '../services/publish/secret-store';

/**
 * Starts sending the outbox of whatever library is open: on its timer, and
 * at once when the computer wakes (the network may be back). Returns the
 * runner; stop it before the library closes.
 */
export function setupOutbox(library: () => LibraryStore, secrets: SecretStore, version: string): OutboxRunner {
  const runner = new OutboxRunner(library, { secrets, generator: `Briefdesk ${version}` }, {
    onError: (error) => process.stderr.write(`briefdesk: outbox: ${error instanceof Error ? error.message : String(error)}\n`),
  });
  powerMonitor.on('resume', () => void runner.networkMayBeBack());
  runner.start();
  return runner;
}
