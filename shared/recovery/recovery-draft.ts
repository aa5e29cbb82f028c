import { z } from 'zod';
import { BriefContent, BriefId, IsoDateTime } from '../model/brief';

/**
 * The window (tab) that kept a draft: a random id made once per page load,
 * so two windows on one brief keep their unsaved edits apart.
 */
export const DraftWriter = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Not a window id');
export type DraftWriter = z.infer<typeof DraftWriter>;

/** Unsaved edits of one brief from one window, as kept in recovery/<id>.json. */
export const RecoveryDraft = z.object({
  writer: DraftWriter,
  /** The brief's revision the edits were made on. */
  baseRevision: z.number().int().nonnegative(),
  /** When the edits were last kept. */
  stashedAt: IsoDateTime,
  content: BriefContent,
});
export type RecoveryDraft = z.infer<typeof RecoveryDraft>;

/** Unsaved edits offered for recovery: a draft without its content, with the brief it belongs to. */
export const RecoveryOffer = z.object({
  id: BriefId,
  writer: DraftWriter,
  baseRevision: z.number().int().nonnegative(),
  stashedAt: IsoDateTime,
  /** The headline of the kept edits (what the analyst will recognise). */
  headline: z.string(),
  /** The brief's revision on disk now: above `baseRevision` when it was saved elsewhere since. */
  briefRevision: z.number().int().nonnegative(),
});
export type RecoveryOffer = z.infer<typeof RecoveryOffer>;

/** What listRecoveries finds: offers newest first, and kept drafts that could not be read. */
export const RecoveryListing = z.object({
  offers: z.array(RecoveryOffer),
  /** A sentence per damaged recovery file ("… was damaged and was moved to quarantine/…"). */
  problems: z.array(z.string()),
});
export type RecoveryListing = z.infer<typeof RecoveryListing>;
