import { deskBlockProblem } from '../../../shared/editor/validate-desk-block';
import { detachSyncedDesks } from '../../../shared/editor/nodes/editors-desk';
import type { BodyDoc, Brief, BriefSummary } from '../../../shared/model/brief';
import { DeskBlock, type DeskBlockFields } from '../../../shared/model/desk-block';
import { BriefdeskError } from '../../../shared/model/errors';
import { byEntryName } from '../../../shared/model/library-entry';
import { CollectionFile, type UnusableFile } from '../library/collection-file';
import type { LibraryContext } from '../library/library-context';

/** desk-library.json in the data dir. */
export const DESK_LIBRARY_FILE = 'desk-library.json';
/** Version of desk-library.json. Bump it with a migration. */
export const DESK_LIBRARY_SCHEMA_VERSION = 1;
const QUEUE = 'desk-library';

/** A stored block: its content must fit an Editor's Desk. */
const StoredDeskBlock = DeskBlock.superRefine((block, ctx) => {
  const problem = deskBlockProblem(block);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['content'] });
});

/** What the desk library needs from the briefs, provided by the LibraryStore. */
export interface DeskLibraryBriefs {
  /** Briefs, live and trashed, with a desk synced to `blockId` (from the index, no file reads). */
  referencing(blockId: string): BriefSummary[];
  /**
   * Change one brief's body through the store's save path (its write queue,
   * revision + 1, journal row). `change` answers null to leave it untouched.
   * Resolves to whether the brief was written.
   */
  rewriteBody(id: string, change: (brief: Brief) => BodyDoc | null): Promise<boolean>;
}

function copyBlock(block: DeskBlock): DeskBlock {
  return { ...block, content: structuredClone(block.content) };
}

/** Throws 'invalid_input' when a block's content does not fit an Editor's Desk. */
function checkContent(fields: DeskBlockFields): void {
  const problem = deskBlockProblem(fields);
  if (problem) throw new BriefdeskError('invalid_input', `The desk block could not be saved. ${problem}`);
}

/**
 * The desk-block library, in desk-library.json: named Editor's Desk blocks
 * an analyst reuses across briefs, either synced (the brief's desk has
 * `libraryRef` = the block id and is resolved from here when shown or
 * exported) or as detached copies. Names need not be unique; ids are.
 */
export class DeskLibrary {
  readonly #cx: LibraryContext;
  readonly #briefs: DeskLibraryBriefs;
  readonly #file: CollectionFile<DeskBlock>;

  constructor(cx: LibraryContext, briefs: DeskLibraryBriefs) {
    this.#cx = cx;
    this.#briefs = briefs;
    this.#file = CollectionFile.ofLibrary(cx, {
      fileName: DESK_LIBRARY_FILE,
      schemaVersion: DESK_LIBRARY_SCHEMA_VERSION,
      item: StoredDeskBlock,
      label: 'desk library',
    });
  }

  /** Read desk-library.json; returns the damage to report, or null. */
  load(): Promise<UnusableFile | null> {
    return this.#file.load();
  }

  /** Blocks sorted by name; with `query`, only those whose name or title contains it (case-insensitive). */
  list(query = ''): DeskBlock[] {
    this.#cx.assertOpen();
    const needle = query.trim().toLocaleLowerCase();
    const matches = (block: DeskBlock): boolean =>
      needle === '' || block.name.toLocaleLowerCase().includes(needle) || block.title.toLocaleLowerCase().includes(needle);
    return this.#file.items.filter(matches).sort(byEntryName).map(copyBlock);
  }

  /** One block (a copy). Throws 'not_found'. */
  get(id: string): DeskBlock {
    this.#cx.assertOpen();
    return copyBlock(this.#require(id));
  }

  /** One block as it is, or undefined: the lookup for resolveSyncedDesks. Do not change it. */
  lookup(id: string): DeskBlock | undefined {
    return this.#file.items.find((block) => block.id === id);
  }

  /**
   * Create a block (no `id`) or update one ("Edit original": every synced
   * desk shows the new version the next time it is resolved). Throws
   * 'invalid_input' when the content does not fit an Editor's Desk and
   * 'not_found' for an unknown id.
   */
  async save(input: DeskBlockFields & { id?: string | undefined }): Promise<DeskBlock> {
    this.#cx.assertWritable();
    checkContent(input);
    return this.#cx.queue.run(QUEUE, async () => {
      const at = this.#cx.now().toISOString();
      const existing = input.id === undefined ? undefined : this.#require(input.id);
      const block: DeskBlock = {
        id: existing?.id ?? this.#cx.newId(),
        name: input.name.trim(),
        title: input.title,
        deskName: input.deskName,
        series: input.series,
        publication: input.publication,
        content: structuredClone(input.content),
        createdAt: existing?.createdAt ?? at,
        updatedAt: at,
      };
      await this.#put(block);
      return copyBlock(block);
    });
  }

  /** Give a block a new name. Throws 'not_found'. */
  async rename(id: string, name: string): Promise<DeskBlock> {
    this.#cx.assertWritable();
    return this.#cx.queue.run(QUEUE, async () => {
      const block: DeskBlock = { ...this.#require(id), name: name.trim(), updatedAt: this.#cx.now().toISOString() };
      await this.#put(block);
      return copyBlock(block);
    });
  }

  /** The briefs (live and in the Trash) with a desk synced to this block, most recently updated first. Throws 'not_found'. */
  usage(id: string): { briefs: BriefSummary[] } {
    this.#cx.assertOpen();
    this.#require(id);
    return { briefs: this.#briefs.referencing(id) };
  }

  /**
   * Delete a block. Every brief with a desk synced to it is first rewritten
   * through the normal save path (revision + 1) with a detached copy of the
   * block's current text, so no brief loses text and an editor holding the
   * old revision gets a conflict. Only then is the block removed; if a
   * rewrite fails, the block stays (briefs already detached keep their copy).
   * A brief whose file turns out damaged or gone is skipped. Throws 'not_found'.
   */
  async delete(id: string): Promise<{ detached: string[] }> {
    this.#cx.assertWritable();
    return this.#cx.queue.run(QUEUE, async () => {
      const block = this.#require(id);
      const detached: string[] = [];
      for (const brief of this.#briefs.referencing(id)) {
        const written = await this.#detachIn(brief.id, block);
        if (written) detached.push(brief.id);
      }
      await this.#file.write(this.#file.items.filter((item) => item.id !== id));
      return { detached };
    });
  }

  async #detachIn(briefId: string, block: DeskBlock): Promise<boolean> {
    try {
      return await this.#briefs.rewriteBody(briefId, (brief) => {
        const result = detachSyncedDesks(brief.body, block.id, block);
        return result.detached > 0 ? result.body : null;
      });
    } catch (error) {
      // Set aside as damaged, or deleted meanwhile: there is no brief left to detach.
      if (error instanceof BriefdeskError && (error.code === 'damaged' || error.code === 'not_found')) return false;
      throw error;
    }
  }

  async #put(block: DeskBlock): Promise<void> {
    const items = this.#file.items;
    const at = items.findIndex((item) => item.id === block.id);
    await this.#file.write(at === -1 ? [...items, block] : items.map((item, index) => (index === at ? block : item)));
  }

  #require(id: string): DeskBlock {
    const block = this.lookup(id);
    if (!block) throw new BriefdeskError('not_found', `There is no block "${id}" in the desk library. It may have been deleted.`);
    return block;
  }
}
