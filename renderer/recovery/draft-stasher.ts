import type { BriefContent } from '../../shared/model/brief';
import type { SaveController } from '../save/save-controller';

/** What the stasher sends: the window's latest unsaved content of a brief. */
export interface DraftRequest {
  id: string;
  writer: string;
  baseRevision: number;
  content: BriefContent;
}

export interface DraftStasherOptions {
  controller: SaveController;
  /** This window's id (see windowId). */
  writer: string;
  stash: (request: DraftRequest) => Promise<unknown>;
  drop: (request: { id: string; writer: string }) => Promise<unknown>;
  /** Time between two stashes while changes stay unsaved. @default 1000 */
  intervalMs?: number;
}

type Timer = ReturnType<typeof setTimeout>;

/**
 * Keeps a window's unsaved edits of one brief on the Node side while the
 * autosave has not caught up (continuous typing, a slow or failing disk, a
 * conflict): once changes have been unsaved for `intervalMs`, the latest
 * content is stashed, and again every `intervalMs` while newer changes stay
 * unsaved; once a save covers everything, the stash is dropped. Calls go
 * out one at a time, in order, so a drop never overtakes a later stash.
 */
export class DraftStasher {
  private readonly options: DraftStasherOptions;
  private readonly intervalMs: number;
  private readonly unsubscribe: () => void;
  private timer: Timer | null = null;
  /** The editVersion last sent to be kept. */
  private stashedVersion = 0;
  /** Something may be kept on the Node side (a stash was sent since the last drop). */
  private kept = false;
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(options: DraftStasherOptions) {
    this.options = options;
    this.intervalMs = options.intervalMs ?? 1000;
    this.unsubscribe = options.controller.subscribe(() => this.check());
    this.check();
  }

  /** Forget what is kept now (the edits were set aside as a version, or deliberately discarded). */
  dropNow(): Promise<void> {
    this.clearTimer();
    return this.dropKept();
  }

  /** Stop watching; what is kept stays kept (a window closing with unsaved edits). */
  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.unsubscribe();
  }

  /** Resolves when every call sent so far has been answered. */
  settled(): Promise<void> {
    return this.chain;
  }

  private check(): void {
    if (this.stopped) return;
    const { controller } = this.options;
    if (controller.isDisposed) {
      this.stop();
      return;
    }
    const unsaved = controller.editVersion > controller.savedEditVersion;
    if (!unsaved) {
      this.clearTimer();
      if (this.kept && !controller.hasUnsavedChanges()) void this.dropKept();
      return;
    }
    if (this.timer === null) this.timer = setTimeout(() => this.tick(), this.intervalMs);
  }

  private tick(): void {
    this.timer = null;
    if (this.stopped) return;
    const { controller, writer, stash } = this.options;
    if (controller.isDisposed) {
      this.stop();
      return;
    }
    const version = controller.editVersion;
    const content = controller.latestContent();
    if (controller.isDraft) {
      // A new brief's first save is under way (it starts at once): there is nothing yet to keep edits of.
      this.timer = setTimeout(() => this.tick(), this.intervalMs);
      return;
    }
    if (version <= controller.savedEditVersion || content === null) {
      this.check();
      return;
    }
    if (version > this.stashedVersion) {
      this.stashedVersion = version;
      this.kept = true;
      const request: DraftRequest = { id: controller.id, writer, baseRevision: controller.getState().revision, content };
      this.enqueue(
        async () => {
          await stash(request);
        },
        () => {
          // Not kept: try again on the next tick.
          if (this.stashedVersion === version) this.stashedVersion = version - 1;
        },
      );
    }
    this.timer = setTimeout(() => this.tick(), this.intervalMs);
  }

  private dropKept(): Promise<void> {
    if (!this.kept) return this.chain;
    this.kept = false;
    const { controller, writer, drop } = this.options;
    return this.enqueue(
      async () => {
        await drop({ id: controller.id, writer });
      },
      () => undefined,
    );
  }

  private enqueue(call: () => Promise<void>, onError: () => void): Promise<void> {
    this.chain = this.chain.then(call).catch(onError);
    return this.chain;
  }

  private clearTimer(): void {
    if (this.timer === null) return;
    clearTimeout(this.timer);
    this.timer = null;
  }
}
