import { z } from 'zod';
import { BriefId, BriefSummary } from '../../model/brief';
import { DeskBlock, DeskBlockFields } from '../../model/desk-block';
import { EntryId, EntryName } from '../../model/library-entry';
import { byEntryId } from './by-id';
import { method, type Section } from './method';

/** The desk library: named Editor's Desk blocks that briefs can sync to. */
export const deskContract = {
  /** Desk-library blocks sorted by name; `query` keeps those whose name or title contains it (case-insensitive). */
  listDeskBlocks: method(z.object({ query: z.string().max(200).optional() }), z.array(DeskBlock)),
  /** One desk-library block, whole. */
  getDeskBlock: method(byEntryId, DeskBlock),
  /**
   * Store an Editor's Desk block in the desk library: a new block without
   * `id`, otherwise an update of that block ("Edit original" — synced desks
   * show it the next time they are resolved). Content that does not fit an
   * Editor's Desk is 'invalid_input'.
   */
  saveDeskBlock: method(DeskBlockFields.extend({ id: EntryId.optional() }), DeskBlock),
  /** Give a desk-library block a new name. */
  renameDeskBlock: method(z.object({ id: EntryId, name: EntryName }), DeskBlock),
  /** The briefs (live and in the Trash) with a desk synced to a library block. */
  deskBlockUsage: method(byEntryId, z.object({ briefs: z.array(BriefSummary) })),
  /**
   * Delete a desk-library block. Briefs with a desk synced to it are first
   * saved (revision + 1) with a detached copy of its current text; their ids
   * are returned.
   */
  deleteDeskBlock: method(byEntryId, z.object({ detached: z.array(BriefId) })),
} satisfies Section;
