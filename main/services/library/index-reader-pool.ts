import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type BriefReader, inProcessReader, type ReadOutcome, type ReadRequest } from './index-reader';
import { isReaderReply, type ReaderTask } from './index-worker-protocol';

/** The bundled reader thread's file name, beside the shell's main.js (see scripts/build-main.mjs). */
const WORKER_FILE = 'index-worker.js';
/** At most this many reader threads, however many cores: SQLite's writes on the main thread are the other half of a rebuild. */
const MAX_THREADS = 3;

/**
 * Where the bundled reader thread's entry is: beside this code, or one folder
 * up when this code sits in a bundle's chunks/ folder. Null where there is
 * none (the TypeScript sources, as the unit tests run them): files are then
 * read on the main thread.
 */
export function bundledReaderScript(): URL | null {
  for (const candidate of [`./${WORKER_FILE}`, `../${WORKER_FILE}`]) {
    const url = new URL(candidate, import.meta.url);
    if (url.protocol === 'file:' && existsSync(url)) return url;
  }
  return null;
}

/** Reader threads for a machine: one core is left to the main thread's SQLite writes. */
export function readerThreadCount(): number {
  return Math.max(1, Math.min(MAX_THREADS, availableParallelism() - 1));
}

interface Thread {
  worker: Worker;
  /** Tasks sent and not answered yet, by sequence number. */
  waiting: Map<number, { requests: readonly ReadRequest[]; resolve: (outcomes: ReadOutcome[]) => void }>;
}

/**
 * Brief files read on reader threads (index-worker.ts), each slice sent to
 * the thread with the fewest waiting. A thread that fails (its script cannot
 * be loaded, it crashes) is dropped and what it had not answered is read on
 * the main thread instead, as is everything after the last thread is gone:
 * a rebuild never stops or loses a brief because of its threads.
 */
export class ReaderPool implements BriefReader {
  readonly #fallback: BriefReader;
  #threads: Thread[] = [];
  #seq = 0;
  #answered = 0;
  #closing = false;

  private constructor(articlesDir: string) {
    this.#fallback = inProcessReader(articlesDir);
  }

  /** Start `threads` reader threads running `script` on the brief files of `articlesDir`. */
  static start(script: URL, articlesDir: string, threads: number): ReaderPool {
    const pool = new ReaderPool(articlesDir);
    for (let index = 0; index < threads; index += 1) pool.#spawn(script, articlesDir);
    return pool;
  }

  /** How many threads are working (fewer after failures). */
  get threads(): number {
    return this.#threads.length;
  }

  /** Slices the threads have answered (the others were read on the main thread). */
  get answered(): number {
    return this.#answered;
  }

  read(requests: readonly ReadRequest[]): Promise<ReadOutcome[]> {
    const thread = this.#threads.reduce<Thread | undefined>(
      (best, candidate) => (best === undefined || candidate.waiting.size < best.waiting.size ? candidate : best),
      undefined,
    );
    if (thread === undefined || this.#closing) return this.#fallback.read(requests);
    const seq = ++this.#seq;
    return new Promise((resolve) => {
      thread.waiting.set(seq, { requests, resolve });
      const task: ReaderTask = { seq, requests: [...requests] };
      thread.worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    this.#closing = true;
    const threads = this.#threads;
    this.#threads = [];
    for (const thread of threads) this.#failOver(thread);
    await Promise.all(threads.map((thread) => thread.worker.terminate()));
  }

  #spawn(script: URL, articlesDir: string): void {
    const worker = new Worker(script, { workerData: articlesDir });
    const thread: Thread = { worker, waiting: new Map() };
    this.#threads.push(thread);
    worker.on('message', (message: unknown) => {
      if (!isReaderReply(message)) return;
      const entry = thread.waiting.get(message.seq);
      if (entry === undefined) return;
      thread.waiting.delete(message.seq);
      this.#answered += 1;
      entry.resolve(message.outcomes);
    });
    const lost = (): void => {
      this.#threads = this.#threads.filter((other) => other !== thread);
      this.#failOver(thread);
      void worker.terminate();
    };
    worker.on('error', lost);
    worker.on('messageerror', lost);
    worker.on('exit', lost);
  }

  /** Read on the main thread what a thread that is gone had not answered. */
  #failOver(thread: Thread): void {
    const waiting = [...thread.waiting.values()];
    thread.waiting.clear();
    for (const { requests, resolve } of waiting) void this.#fallback.read(requests).then(resolve);
  }
}
