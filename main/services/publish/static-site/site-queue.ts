import { resolve } from 'node:path';
import { KeyedQueue } from '../../library/keyed-queue';

const queue = new KeyedQueue();

/**
 * Runs `task` after every other publish or unpublish on the same site
 * folder in this process, so two changes to one site never interleave.
 */
export function inSiteQueue<T>(folder: string, task: () => Promise<T>): Promise<T> {
  return queue.run(resolve(folder), task);
}
