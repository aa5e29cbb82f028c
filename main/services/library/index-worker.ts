/**
 * The entry of a reader thread (see index-reader-pool.ts), bundled as its own
 * file (dist/<shell>/index-worker.js): it reads, hashes, parses and checks
 * the brief files it is sent and extracts their index text, so that a
 * rebuild's SQLite writes on the main thread and this work run on two cores.
 * It touches no file but by reading it, and never the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readForIndexSync } from './index-reader';
import { isReaderTask, type ReaderReply } from './index-worker-protocol';

const port = parentPort;
const articlesDir: unknown = workerData;
if (port !== null && typeof articlesDir === 'string') {
  port.on('message', (message: unknown) => {
    if (!isReaderTask(message)) return;
    // One file after another, blocking: the thread is the parallelism (its reads overlap the main thread's writes).
    const reply: ReaderReply = { seq: message.seq, outcomes: message.requests.map((request) => readForIndexSync(articlesDir, request)) };
    port.postMessage(reply);
  });
}
