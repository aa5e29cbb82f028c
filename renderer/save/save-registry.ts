import type { DraftOrigin, SaveController } from './save-controller';

/** Makes the controller for a brief that is opened (`draft` for a new brief not on disk yet). */
export type SaveControllerFactory = (id: string, revision: number, draft?: DraftOrigin) => SaveController;

/**
 * The save controllers of all briefs with work in progress: the open one, and
 * any closed brief whose last changes are still being saved (they keep
 * retrying in the background and drop out once saved).
 */
export class SaveRegistry {
  private readonly controllers = new Map<string, SaveController>();
  private readonly create: SaveControllerFactory;

  constructor(create: SaveControllerFactory) {
    this.create = create;
  }

  /** The controller for a brief being opened; a still-saving one is taken back with its newer content. */
  open(id: string, revision: number, draft?: DraftOrigin): SaveController {
    this.pruneIdle();
    const existing = this.live(id);
    if (existing) {
      existing.reclaim();
      return existing;
    }
    const controller = this.create(id, revision, draft);
    this.controllers.set(id, controller);
    return controller;
  }

  /** Drop released controllers that have nothing left to save (a reopened brief starts from the disk). */
  private pruneIdle(): void {
    for (const [id, controller] of this.controllers) {
      if (controller.isDisposed || controller.isIdleAfterRelease) {
        controller.dispose();
        this.controllers.delete(id);
      }
    }
  }

  /** A brief is no longer open: save what is pending, then let its controller go. */
  release(id: string): void {
    this.live(id)?.release();
  }

  /** Throw away a brief's unsaved state (reload from disk). */
  discard(id: string): void {
    this.controllers.get(id)?.dispose();
    this.controllers.delete(id);
  }

  /** The live controller of a brief, if any. */
  live(id: string): SaveController | undefined {
    const controller = this.controllers.get(id);
    if (!controller) return undefined;
    if (controller.isDisposed) {
      this.controllers.delete(id);
      return undefined;
    }
    return controller;
  }

  hasUnsavedChanges(): boolean {
    return [...this.controllers.keys()].some((id) => this.live(id)?.hasUnsavedChanges() ?? false);
  }

  /** Save everything pending now; true when all of it reached the disk. */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.controllers.keys()].map((id) => this.live(id)?.flush() ?? true));
    return results.every(Boolean);
  }

  disposeAll(): void {
    for (const controller of this.controllers.values()) controller.dispose();
    this.controllers.clear();
  }
}
