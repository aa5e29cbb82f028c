import { z } from 'zod';
import { Brief, BriefContent, BriefId } from '../../model/brief';
import { DraftWriter, RecoveryListing } from '../../recovery/recovery-draft';
import { RevisionId, RevisionName, RevisionSummary } from '../../revisions/revision';
import { method, Ok, type Section } from './method';

/** Unsaved edits kept per window, offered back after a crash or from another window. */
export const recoveryContract = {
  /**
   * Keep a window's unsaved edits of a brief (sent at most about once a
   * second while they are not saved) in recovery/<id>.json, replacing what
   * that window kept before. Read-only library: 'io'. Unknown brief: 'not_found'.
   */
  stashDraft: method(
    z.object({ id: BriefId, writer: DraftWriter, baseRevision: z.number().int().nonnegative(), content: BriefContent }),
    Ok,
  ),
  /** Forget a window's kept edits of a brief: a save covered them, or the analyst discarded them. */
  dropDraft: method(z.object({ id: BriefId, writer: DraftWriter }), Ok),
  /**
   * Kept unsaved edits that differ from the saved brief, newest first: of
   * one brief (`id`), or of every brief not in the Trash. A damaged recovery
   * file is moved to quarantine/ and described in `problems`.
   */
  listRecoveries: method(z.object({ id: BriefId.optional() }), RecoveryListing),
  /**
   * Save a window's kept edits as the brief's content (revision + 1) and
   * forget them. When the brief was saved elsewhere since those edits began,
   * what it holds now is first kept as a 'before-restore' revision
   * (`keptRevisionId`). No longer kept: 'not_found'.
   */
  recoverDraft: method(z.object({ id: BriefId, writer: DraftWriter }), z.object({ brief: Brief, keptRevisionId: RevisionId.nullable() })),
  /**
   * Keep unsaved edits as a named version of the brief without changing the
   * brief: a window setting its edits aside to load what another window saved.
   */
  keepUnsaved: method(
    z.object({ id: BriefId, baseRevision: z.number().int().nonnegative(), content: BriefContent, name: RevisionName }),
    RevisionSummary,
  ),
} satisfies Section;
