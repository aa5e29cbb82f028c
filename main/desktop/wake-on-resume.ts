import { powerMonitor } from 'electron';
import type { Runtime } from '../runtime/runtime';

/** When the computer wakes, the network may be back: the runtime's outbox tries its queued publishes at once. */
export function setupWakeOnResume(runtime: Pick<Runtime, 'wakeOutbox'>): void {
  powerMonitor.on('resume', () => void runtime.wakeOutbox());
}
