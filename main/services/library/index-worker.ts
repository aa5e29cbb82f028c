/**
 * The entry of a reader thread (see index-reader-pool.ts), bundled as its own
 * file (dist/<shell>/index-worker.js): it reads, hashes, parses and checks
 * the brief files it is sent and extracts their index text, so that a
 * rebuild's SQLite writes on the main thread and this work run on two cores.
 * It touches no file but by reading it, and never the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readForIndex } from './index-reader';
import { isReaderTask, type ReaderReply } from './index-worker-protocol';

const port = parentPort;
const articlesDir: unknown = workerData;
if (port !== null && typeof articlesDir === 'string') {
  port.on('message', (message: unknown) => {
    if (!isReaderTask(message)) return;
    void (async () => {
      const outcomes = [];
      // One file after another: the thread is the parallelism; its reads still overlap the main thread's writes.
      for (const request of message.requests) outcomes.push(await readForIndex(articlesDir, request));
      const reply: ReaderReply = { seq: message.seq, outcomes };
      port.postMessage(reply);
    })();
  });
}
