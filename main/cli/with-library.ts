import path from 'node:path';
import { createRuntime } from '../runtime/runtime';
import type { LibraryStore } from '../services/library/library-store';

/**
 * Runs `task` on the library in `dataDir`, opened for writing through a
 * runtime without background services: a library open in the app is
 * refused ('locked'), one written by a newer Briefdesk too ('unsupported').
 * The runtime stops afterwards, whatever the outcome: pending writes
 * finished, the lock released.
 */
export async function withLibrary<T>(dataDir: string, version: string, task: (store: LibraryStore) => Promise<T>): Promise<T> {
  const runtime = createRuntime({ dataDir: path.resolve(dataDir), version, shell: 'cli', background: 'never', newerLibrary: 'refuse' });
  const library = await runtime.start();
  try {
    return await task(library.current);
  } finally {
    await runtime.stop();
  }
}
