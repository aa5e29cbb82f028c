import type { SaveResult } from '../../shared/api/contract';
import type { BriefContent } from '../../shared/model/brief';
import { type BriefdeskErrorCode, isBriefdeskError } from '../../shared/model/errors';

export type SaveStatus = 'saved' | 'saving' | 'error';

/** What the analyst is told about one brief's saving. */
export interface SaveState {
  status: SaveStatus;
  /** Why the last save failed (status 'error'), else null. */
  message: string | null;
  /** True when a conflict stopped saving: only a reload helps. */
  conflict: boolean;
  /** The revision on disk that the next save builds on. */
  revision: number;
  /** A new brief not written yet: its first change (or an explicit save) writes it. */
  draft: boolean;
}

export interface SaveRequest {
  id: string;
  baseRevision: number;
  content: BriefContent;
  /** Set on a new brief's first save: the file is written then, with this creation time. */
  createdAt?: string;
}

/** A new brief held only in the window until its first change. */
export interface DraftOrigin {
  createdAt: string;
  /** Its content as made (written as it is when the analyst saves or exports it untouched). */
  content: BriefContent;
}

export interface SaveControllerOptions {
  id: string;
  /** Revision of the brief as loaded. */
  revision: number;
  save: (request: SaveRequest) => Promise<SaveResult>;
  /** Set for a new brief not yet on disk: the first change is saved at once, without the pause. */
  draft?: DraftOrigin;
  /** Called after every successful save (to refresh the library row). */
  onSaved?: (result: SaveResult) => void;
  /** Quiet time after the last change before saving. @default 400 */
  debounceMs?: number;
  /** Waits between retries after failures; the last one repeats. @default [1000, 2000, 5000, 10000] */
  retryDelaysMs?: readonly number[];
}

export const CONFLICT_MESSAGE = 'This brief was changed elsewhere. Reload to see the latest version.';

const DEFAULT_RETRY_DELAYS = [1000, 2000, 5000, 10000] as const;

type Timer = ReturnType<typeof setTimeout>;

interface Failure {
  message: string;
  code: BriefdeskErrorCode | null;
}

/**
 * Autosave for one open brief. It holds the latest content, saves it a short
 * while after the last change, never runs two saves at once, carries the
 * revision forward from each result, and after a failure keeps the content
 * and retries with backoff until a save succeeds — except after a conflict,
 * where saving stops until the analyst reloads.
 */
export class SaveController {
  readonly id: string;
  private readonly options: SaveControllerOptions;
  private readonly debounceMs: number;
  private readonly retryDelays: readonly number[];
  private latest: BriefContent | null = null;
  private version = 0;
  private savedVersion = 0;
  private revision: number;
  private inFlight = false;
  private debounceTimer: Timer | null = null;
  private retryTimer: Timer | null = null;
  private failures = 0;
  private failure: Failure | null = null;
  private disposed = false;
  private closeWhenSaved = false;
  private state: SaveState;
  private readonly listeners = new Set<() => void>();
  private waiters: Array<(saved: boolean) => void> = [];
  private draft: DraftOrigin | null;

  constructor(options: SaveControllerOptions) {
    this.options = options;
    this.id = options.id;
    this.revision = options.revision;
    this.draft = options.draft ?? null;
    this.debounceMs = options.debounceMs ?? 400;
    this.retryDelays = options.retryDelaysMs && options.retryDelaysMs.length > 0 ? options.retryDelaysMs : DEFAULT_RETRY_DELAYS;
    this.state = this.computeState();
  }

  /** Record the latest content; it is saved once the analyst pauses. */
  update(content: BriefContent): void {
    if (this.disposed) return;
    this.latest = content;
    this.version += 1;
    if (this.failure?.code === 'conflict') {
      this.emit();
      return;
    }
    // A content problem (not a dead service) may be fixed by this very edit: try again soon.
    if (this.failure && this.failure.code !== 'io' && this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.clearDebounce();
    if (this.closeWhenSaved || this.draft) {
      // A new brief reaches the disk with its first change, so a crash right after it loses nothing.
      this.kick();
      this.emit();
      return;
    }
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      this.kick();
    }, this.debounceMs);
    this.emit();
  }

  /**
   * Save now whatever is pending (and wait for a save already under way).
   * Resolves true when everything is on disk, false when a save failed.
   */
  flush(): Promise<boolean> {
    if (this.disposed || this.failure?.code === 'conflict') return Promise.resolve(!this.hasUnsavedChanges());
    this.clearDebounce();
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    if (!this.hasUnsavedChanges()) return Promise.resolve(true);
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    this.kick();
    return done;
  }

  /**
   * Save now, like flush, and write a new brief that was never changed as
   * it was made: the analyst saved, exported or published it on purpose.
   */
  keep(): Promise<boolean> {
    if (this.draft && !this.disposed && this.latest === null) {
      this.latest = this.draft.content;
      this.version += 1;
    }
    return this.flush();
  }

  /** A new brief that is not on disk yet (nothing saved so far). */
  get isDraft(): boolean {
    return this.draft !== null;
  }

  /** True while some change is not yet on disk. */
  hasUnsavedChanges(): boolean {
    return this.inFlight || this.version > this.savedVersion;
  }

  /** The latest content given to update(), or null when there was none. */
  latestContent(): BriefContent | null {
    return this.latest;
  }

  /** How many changes update() has had: each change counts one. */
  get editVersion(): number {
    return this.version;
  }

  /** The editVersion the last successful save covered. */
  get savedEditVersion(): number {
    return this.savedVersion;
  }

  /**
   * Build on another revision from now on: the analyst chose to keep editing
   * after the brief was saved elsewhere (what was there is kept as a
   * version). Clears a conflict and saves what is pending over `revision`.
   */
  rebase(revision: number): void {
    if (this.disposed) return;
    this.revision = revision;
    if (this.failure?.code === 'conflict') this.failure = null;
    if (this.hasUnsavedChanges()) void this.flush();
    this.emit();
  }

  getState = (): SaveState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * The brief is no longer open: save what is pending now, keep retrying
   * until it is saved, then stop. Not disposed at once, so a keystroke that
   * lands in the closing editor before it unmounts is still saved.
   */
  release(): void {
    this.closeWhenSaved = true;
    if (this.failure?.code === 'conflict') this.dispose();
    else if (this.hasUnsavedChanges()) void this.flush();
  }

  /** Released and with nothing left to save. */
  get isIdleAfterRelease(): boolean {
    return this.closeWhenSaved && !this.hasUnsavedChanges();
  }

  /** Take the controller back for the editor (the brief was reopened before its saves finished). */
  reclaim(): void {
    this.closeWhenSaved = false;
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Stop all timers; nothing more is saved. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clearDebounce();
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.settle(!this.hasUnsavedChanges());
    this.emit();
    this.listeners.clear();
  }

  private clearDebounce(): void {
    if (this.debounceTimer === null) return;
    clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
  }

  /** Start a save if one is due and allowed. */
  private kick(): void {
    if (this.disposed || this.inFlight || this.failure?.code === 'conflict') return;
    if (this.retryTimer !== null) return; // the backoff owns the next attempt
    if (this.version === this.savedVersion || this.latest === null) {
      this.settle(true);
      return;
    }
    this.send(this.latest, this.version);
  }

  private send(content: BriefContent, version: number): void {
    this.inFlight = true;
    this.emit();
    const baseRevision = this.revision;
    const request: SaveRequest = this.draft
      ? { id: this.id, baseRevision, content, createdAt: this.draft.createdAt }
      : { id: this.id, baseRevision, content };
    this.options.save(request).then(
      (result) => this.succeeded(result, version),
      (error: unknown) => this.failed(error, baseRevision),
    );
  }

  private succeeded(result: SaveResult, version: number): void {
    this.inFlight = false;
    this.draft = null;
    this.revision = result.revision;
    this.savedVersion = version;
    this.failures = 0;
    this.failure = null;
    this.options.onSaved?.(result);
    if (this.disposed) return;
    if (this.version > this.savedVersion) {
      // Changes arrived during the save: save them now if the pause already elapsed or someone waits.
      if (this.waiters.length > 0 || this.closeWhenSaved) this.clearDebounce();
      if (this.debounceTimer === null) this.kick();
      this.emit();
      return;
    }
    this.emit();
    this.settle(true);
    if (this.closeWhenSaved) this.dispose();
  }

  private failed(error: unknown, baseRevision: number): void {
    this.inFlight = false;
    const code = isBriefdeskError(error) ? error.code : null;
    if (code === 'conflict' && baseRevision !== this.revision && !this.disposed) {
      // Rebased while this save was under way: it built on the old revision; save again on the new one.
      this.kick();
      return;
    }
    if (code === 'conflict') {
      this.failure = { code, message: CONFLICT_MESSAGE };
    } else {
      this.failure = { code, message: error instanceof Error ? error.message : String(error) };
      if (!this.disposed) {
        const delay = this.retryDelays[Math.min(this.failures, this.retryDelays.length - 1)] ?? 10000;
        this.failures += 1;
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          this.kick();
        }, delay);
      }
    }
    this.emit();
    this.settle(false);
    if (code === 'conflict' && this.closeWhenSaved) this.dispose();
  }

  private settle(saved: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(saved);
  }

  private computeState(): SaveState {
    const status: SaveStatus = this.failure ? 'error' : this.hasUnsavedChanges() ? 'saving' : 'saved';
    return {
      status,
      message: this.failure?.message ?? null,
      conflict: this.failure?.code === 'conflict',
      revision: this.revision,
      draft: this.draft !== null,
    };
  }

  private emit(): void {
    const next = this.computeState();
    const same =
      next.status === this.state.status &&
      next.message === this.state.message &&
      next.conflict === this.state.conflict &&
      next.revision === this.state.revision &&
      next.draft === this.state.draft;
    if (same) return;
    this.state = next;
    for (const listener of this.listeners) listener();
  }
}
