import type { DeskBlock } from '../../shared/model/desk-block';
import { isBriefdeskError } from '../../shared/model/errors';
import { errorMessage } from '../format/error-message';

/** What the renderer knows of one desk-library block. */
export type DeskBlockEntry =
  | { status: 'loading' }
  | { status: 'found'; block: DeskBlock }
  /** Deleted from the library (or never there). */
  | { status: 'missing' }
  | { status: 'error'; message: string };

const LOADING: DeskBlockEntry = { status: 'loading' };
const MISSING: DeskBlockEntry = { status: 'missing' };

/**
 * The desk-library blocks synced desks show, by id: loaded on demand (one
 * request per block at a time), updated in place when the analyst saves,
 * renames or deletes a block, and observable (for useSyncExternalStore).
 */
export class DeskBlockCache {
  readonly #fetch: (id: string) => Promise<DeskBlock>;
  readonly #entries = new Map<string, DeskBlockEntry>();
  readonly #loading = new Map<string, Promise<DeskBlockEntry>>();
  readonly #listeners = new Set<() => void>();
  /** Blocks given a newer value (put/forget) while a request for them ran: that request's answer is dropped. */
  readonly #settledSince = new Set<string>();

  constructor(fetchBlock: (id: string) => Promise<DeskBlock>) {
    this.#fetch = fetchBlock;
  }

  /** The entry for a block; 'loading' until it has been asked for and answered. */
  entry(id: string): DeskBlockEntry {
    return this.#entries.get(id) ?? LOADING;
  }

  /** Asks the library for a block again (a request already under way is shared). */
  refresh(id: string): Promise<DeskBlockEntry> {
    const running = this.#loading.get(id);
    if (running) return running;
    const request = this.#fetch(id).then(
      (block): DeskBlockEntry => ({ status: 'found', block }),
      (error: unknown): DeskBlockEntry =>
        isBriefdeskError(error) && error.code === 'not_found' ? MISSING : { status: 'error', message: errorMessage(error) },
    );
    const settled = request.then((entry) => {
      this.#loading.delete(id);
      // A newer answer (put/forget while the request ran) wins over this one.
      if (this.#settledSince.has(id)) this.#settledSince.delete(id);
      else this.#set(id, entry);
      return this.entry(id);
    });
    this.#settledSince.delete(id);
    this.#loading.set(id, settled);
    return settled;
  }

  /** A block as the library just returned it (saved, renamed). */
  put(block: DeskBlock): void {
    if (this.#loading.has(block.id)) this.#settledSince.add(block.id);
    this.#set(block.id, { status: 'found', block });
  }

  /** A block that was deleted. */
  forget(id: string): void {
    if (this.#loading.has(id)) this.#settledSince.add(id);
    this.#set(id, MISSING);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  #set(id: string, entry: DeskBlockEntry): void {
    this.#entries.set(id, entry);
    for (const listener of [...this.#listeners]) listener();
  }
}
