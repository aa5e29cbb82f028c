import { Worker } from 'node:worker_threads';

/** How long a pattern may take over the whole library before it is called too slow. */
export const LIBRARY_PROBE_LIMIT_MS = 2000;

// Runs the pattern over every text, then says so; a pattern that backtracks without end never answers.
const PROBE_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const pattern = new RegExp(workerData.source, workerData.flags);
for (const text of workerData.texts) {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0] === '') pattern.lastIndex += 1;
  }
}
parentPort.postMessage('done');
`;

/**
 * Whether a regular expression runs over `texts` within `limitMs`, on a
 * worker thread: a pattern that backtracks catastrophically (`(a+)+$` on a
 * long run) is stopped there and never blocks the main process. 'slow' when
 * it did not finish in time.
 */
export function probeRegexInWorker(
  source: string,
  flags: string,
  texts: readonly string[],
  limitMs = LIBRARY_PROBE_LIMIT_MS,
): Promise<'ok' | 'slow'> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(PROBE_SOURCE, { eval: true, workerData: { source, flags, texts } });
    let started = false;
    const timer = setTimeout(() => {
      started = true;
      void worker.terminate();
      resolve('slow');
    }, limitMs);
    worker.once('message', () => {
      clearTimeout(timer);
      started = true;
      void worker.terminate();
      resolve('ok');
    });
    worker.once('error', (failure) => {
      clearTimeout(timer);
      if (!started) reject(failure);
    });
  });
}
