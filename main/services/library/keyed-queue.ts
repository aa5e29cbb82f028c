/**
 * Runs tasks one after another per key (tasks on different keys run
 * concurrently), so two quick saves of one brief never interleave.
 */
export class KeyedQueue {
  readonly #tails = new Map<string, Promise<unknown>>();

  /** Run `task` after every task already queued on `key`; resolves with its result. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task);
    const tail = result.catch(() => undefined);
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Whether a task is queued or running on any key. */
  get busy(): boolean {
    return this.#tails.size > 0;
  }

  /** Resolves once every task queued so far has settled (unlike idle, it does not wait for tasks queued later). */
  async settled(): Promise<void> {
    await Promise.all(this.#tails.values());
  }

  /** Resolves once every queued task, including ones queued while waiting, has settled. */
  async idle(): Promise<void> {
    while (this.#tails.size > 0) {
      await Promise.all(this.#tails.values());
    }
  }
}
