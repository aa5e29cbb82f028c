import type { LibraryStore } from '../library/library-store';
import { type PublishEnv, publishServiceOf } from './publish-service';

/** Timers the runner uses (a fake clock in tests). */
export interface RunnerTimers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const realTimers: RunnerTimers = {
  setTimeout: (run, ms) => {
    const handle = setTimeout(run, ms);
    handle.unref();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** Options of the outbox runner. */
export interface OutboxRunnerOptions {
  /** Longest sleep between two looks at the outbox. @default 60 s */
  maxSleepMs?: number;
  timers?: RunnerTimers;
  /** Told of an attempt that threw (the outbox itself could not be read or written). */
  onError?: (error: unknown) => void;
}

/**
 * Sends the outbox's queued jobs of whatever library is open now (the
 * shells pass `() => holder.current`): it wakes when the next job is due
 * (at most every `maxSleepMs`), and at once on `networkMayBeBack()` — then
 * every queued job is tried. `stop()` cancels the timer and waits for the
 * attempt under way, so the shell can close the library after it.
 */
export class OutboxRunner {
  readonly #library: () => LibraryStore;
  readonly #env: PublishEnv;
  readonly #timers: RunnerTimers;
  readonly #maxSleepMs: number;
  readonly #onError: (error: unknown) => void;
  #timer: unknown = null;
  #running: Promise<void> | null = null;
  #stopped = true;

  constructor(library: () => LibraryStore, env: PublishEnv, options: OutboxRunnerOptions = {}) {
    this.#library = library;
    this.#env = env;
    this.#timers = options.timers ?? realTimers;
    this.#maxSleepMs = options.maxSleepMs ?? 60_000;
    this.#onError = options.onError ?? (() => undefined);
  }

  /** Starts: looks at the outbox now, then on its timer. */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    void this.wake();
  }

  /** The network may be back (the machine woke, a site answered): try every queued job now. */
  networkMayBeBack(): Promise<void> {
    return this.wake({ all: true });
  }

  /** Runs the due jobs now (waits for a run under way first), then sleeps until the next is due. */
  async wake(options: { all?: boolean } = {}): Promise<void> {
    if (this.#stopped) return;
    await this.#running;
    if (this.#stopped) return;
    this.#clearTimer();
    const run = this.#run(options.all ?? false);
    this.#running = run;
    await run;
    if (this.#running === run) this.#running = null;
  }

  /** Stops the timer and waits for the attempt under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    this.#clearTimer();
    await this.#running;
  }

  async #run(all: boolean): Promise<void> {
    let sleep = this.#maxSleepMs;
    try {
      const store = this.#library();
      if (!store.readOnly) {
        const service = await publishServiceOf(store, this.#env);
        await service.runDue({ all });
        const next = service.nextDue();
        const now = this.#env.now?.().getTime() ?? Date.now();
        if (next !== null) sleep = Math.min(this.#maxSleepMs, Math.max(1_000, next - now));
      }
    } catch (error) {
      this.#onError(error);
    }
    if (!this.#stopped) this.#timer = this.#timers.setTimeout(() => void this.wake(), sleep);
  }

  #clearTimer(): void {
    if (this.#timer !== null) this.#timers.clearTimeout(this.#timer);
    this.#timer = null;
  }
}
