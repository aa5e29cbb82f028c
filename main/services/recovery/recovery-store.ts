import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Brief, BriefContent } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import type { RecoveryDraft, RecoveryListing, RecoveryOffer } from '../../../shared/recovery/recovery-draft';
import { KeyedQueue } from '../library/keyed-queue';
import type { LibraryStore } from '../library/library-store';
import { quarantineFile } from '../library/quarantine';
import {
  listRecoveryIds,
  RECOVERY_SCHEMA_VERSION,
  type RecoveryFile,
  readRecoveryFile,
  recoveryPath,
  removeRecoveryFile,
  writeRecoveryFile,
} from './recovery-file';

/** Most windows whose drafts are kept per brief; the oldest drafts go first. */
export const MAX_DRAFTS_PER_BRIEF = 8;

export interface RecoveryStoreOptions {
  now?: () => Date;
}

/** What recovering a draft did. */
export interface RecoverResult {
  /** The brief, saved with the recovered edits. */
  brief: Brief;
  /** The revision keeping what the brief held before, when it had been saved elsewhere since the edits began; else null. */
  keptRevisionId: string | null;
}

function newestFirst(a: RecoveryOffer, b: RecoveryOffer): number {
  return Date.parse(b.stashedAt) - Date.parse(a.stashedAt) || a.writer.localeCompare(b.writer);
}

/**
 * Unsaved edits kept outside the brief file, so that closing or crashing a
 * window loses at most the last second of typing: each window sends its
 * latest content while it has unsaved changes (stash), and takes it back
 * once a save covers it (drop). recovery/<id>.json holds one draft per
 * window; it is validated when read, and a damaged one is moved to
 * quarantine/ and reported. A read-only library keeps nothing and moves nothing.
 */
export class RecoveryStore {
  readonly #store: LibraryStore;
  readonly #now: () => Date;
  readonly #queue = new KeyedQueue();
  /** Each brief's recovery file as last read or written (null: none). */
  readonly #files = new Map<string, RecoveryFile | null>();
  /** Damaged recovery files found while stashing, reported by the next list. */
  #problems: string[] = [];

  constructor(store: LibraryStore, options: RecoveryStoreOptions = {}) {
    this.#store = store;
    this.#now = options.now ?? (() => new Date());
  }

  /** Keep a window's latest unsaved content of a brief, replacing what that window kept before. */
  async stash(briefId: string, writer: string, baseRevision: number, content: BriefContent): Promise<void> {
    this.#assertWritable();
    await this.#queue.run(briefId, async () => {
      const known = this.#files.has(briefId);
      const file = (await this.#load(briefId)) ?? { schemaVersion: RECOVERY_SCHEMA_VERSION, briefId, drafts: [] };
      // The first stash for a brief checks that it exists ('not_found' otherwise).
      if (!known) await this.#store.get(briefId);
      const draft: RecoveryDraft = { writer, baseRevision, stashedAt: this.#now().toISOString(), content };
      const drafts = [draft, ...file.drafts.filter((other) => other.writer !== writer)]
        .sort((a, b) => Date.parse(b.stashedAt) - Date.parse(a.stashedAt))
        .slice(0, MAX_DRAFTS_PER_BRIEF);
      await this.#write({ ...file, drafts });
    });
  }

  /** Forget a window's draft of a brief (saved, or discarded by the analyst). Nothing happens when there is none. */
  async drop(briefId: string, writer: string): Promise<void> {
    this.#assertWritable();
    await this.#queue.run(briefId, async () => {
      const file = await this.#load(briefId);
      if (!file || !file.drafts.some((draft) => draft.writer === writer)) return;
      await this.#write({ ...file, drafts: file.drafts.filter((draft) => draft.writer !== writer) });
    });
  }

  /**
   * The drafts to offer, newest first: of one brief, or of every live brief.
   * A draft equal to the brief as saved is dropped quietly (a save covered
   * it), as are the drafts of briefs no longer in the library; drafts of
   * briefs in the Trash are kept but not offered.
   */
  async list(briefId?: string): Promise<RecoveryListing> {
    const ids = briefId === undefined ? await listRecoveryIds(this.#store.dataDir) : [briefId];
    const offers: RecoveryOffer[] = [];
    for (const id of ids) offers.push(...(await this.#queue.run(id, () => this.#offersOf(id))));
    const problems = this.#problems;
    this.#problems = [];
    return { offers: offers.sort(newestFirst), problems };
  }

  /**
   * Save a draft as the brief's content and forget it. When the brief was
   * saved elsewhere after the draft's edits began, what it holds now is first
   * kept as a 'before-restore' revision. Throws 'not_found' when the draft is
   * no longer kept, and 'invalid_input' when its content does not fit the
   * brief format (the draft is then kept).
   */
  async recover(briefId: string, writer: string): Promise<RecoverResult> {
    this.#assertWritable();
    return this.#queue.run(briefId, async () => {
      const file = await this.#load(briefId);
      const draft = file?.drafts.find((candidate) => candidate.writer === writer);
      if (!file || !draft) {
        throw new BriefdeskError(
          'not_found',
          'These unsaved changes are no longer kept: they were recovered or discarded in another window.',
        );
      }
      const current = await this.#store.get(briefId);
      const kept = current.revision > draft.baseRevision ? await this.#store.revisions.snapshot(briefId, 'before-restore') : null;
      await this.#store.save(briefId, draft.content);
      await this.#write({ ...file, drafts: file.drafts.filter((other) => other.writer !== writer) });
      return { brief: await this.#store.get(briefId), keptRevisionId: kept?.id ?? null };
    });
  }

  /** Resolves once every recovery write under way has finished. */
  async flush(): Promise<void> {
    await this.#queue.idle();
  }

  async #offersOf(briefId: string): Promise<RecoveryOffer[]> {
    const file = await this.#load(briefId);
    if (!file || file.drafts.length === 0) return [];
    let brief: Brief;
    try {
      brief = await this.#store.get(briefId);
    } catch (error) {
      if (error instanceof BriefdeskError && error.code === 'not_found') {
        if (!this.#store.readOnly) await this.#write({ ...file, drafts: [] });
        return [];
      }
      throw error;
    }
    if (brief.trashedAt !== null) return [];
    const saved = BriefContent.parse(brief);
    const pending = file.drafts.filter((draft) => !isDeepStrictEqual(draft.content, saved));
    if (pending.length !== file.drafts.length && !this.#store.readOnly) await this.#write({ ...file, drafts: pending });
    return pending.map((draft) => ({
      id: briefId,
      writer: draft.writer,
      baseRevision: draft.baseRevision,
      stashedAt: draft.stashedAt,
      headline: draft.content.headline,
      briefRevision: brief.revision,
    }));
  }

  /** A brief's recovery file (cached); a damaged one is set aside, reported, and read as none. */
  async #load(briefId: string): Promise<RecoveryFile | null> {
    if (this.#files.has(briefId)) return this.#files.get(briefId) ?? null;
    let file: RecoveryFile | null;
    try {
      file = await readRecoveryFile(this.#store.dataDir, briefId);
    } catch (error) {
      if (!(error instanceof BriefdeskError) || error.code !== 'damaged') throw error;
      this.#problems.push(await this.#setAside(briefId, error.message));
      file = null;
    }
    this.#files.set(briefId, file);
    return file;
  }

  /** Write a brief's recovery file, or delete it when no draft is left. */
  async #write(file: RecoveryFile): Promise<void> {
    if (file.drafts.length === 0) await removeRecoveryFile(this.#store.dataDir, file.briefId);
    else await writeRecoveryFile(this.#store.dataDir, file);
    this.#files.set(file.briefId, file.drafts.length === 0 ? null : file);
  }

  /** Move a damaged recovery file to quarantine/ (read-only: leave it); returns the sentence that reports it. */
  async #setAside(briefId: string, reason: string): Promise<string> {
    const path = recoveryPath(this.#store.dataDir, briefId);
    const headline = this.#store.list().briefs.find((row) => row.id === briefId)?.headline;
    const which = headline ? `“${headline}”` : `brief ${briefId}`;
    if (this.#store.readOnly) {
      return `The unsaved changes kept for ${which} could not be read (${relative(this.#store.dataDir, path)}). ${reason}`;
    }
    const movedTo = await quarantineFile(this.#store.dataDir, path, `recovery-${briefId}`, this.#now());
    return `The unsaved changes kept for ${which} could not be read and were moved to ${movedTo}. ${reason}`;
  }

  #assertWritable(): void {
    if (this.#store.readOnly) {
      throw new BriefdeskError('io', 'This library was opened read-only, so changes cannot be kept.');
    }
  }
}
