import { z } from 'zod';
import { AssetId, Brief, BriefContent, BriefId, BriefSummary, IsoDateTime } from '../../model/brief';
import { EntryId } from '../../model/library-entry';
import { DEFAULT_TEMPLATE_ID } from '../../model/template';
import { byId } from './by-id';
import { method, Ok, type Section } from './method';

/** Largest image the library accepts, in bytes. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

/** An image stored in the library. */
export const ImageAsset = z.object({
  id: AssetId,
  mime: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type ImageAsset = z.infer<typeof ImageAsset>;

/** What saveBrief answers: the new revision and the row. */
export const SaveResult = z.object({
  revision: z.number().int().nonnegative(),
  updatedAt: z.string(),
  summary: BriefSummary,
});
export type SaveResult = z.infer<typeof SaveResult>;

/** One brief: read, create, save, copy, trash and restore, purge; its images. */
export const briefsContract = {
  /** One brief, whole. */
  getBrief: method(byId, Brief),
  /**
   * A new brief made from a template: the built-in "Standard brief" (Key
   * Takeaways, Editor's Desk, an empty paragraph) unless `templateId` names
   * another. An unknown template id is 'not_found'.
   */
  createBrief: method(z.object({ templateId: EntryId.default(DEFAULT_TEMPLATE_ID) }), Brief),
  /**
   * A new brief made from a template as createBrief makes it (revision 0),
   * but not written: the window holds it until its first change, which
   * saveBrief writes (with the draft's `createdAt`). Nothing is left behind
   * when it is never changed.
   */
  draftBrief: method(z.object({ templateId: EntryId.default(DEFAULT_TEMPLATE_ID) }), Brief),
  /**
   * Save the editable fields of a brief. When `baseRevision` is given and the
   * brief on disk has moved past it, the save is refused with a conflict.
   * `createdAt` marks the first save of a brief from draftBrief: its file is
   * written now ('conflict' when the brief exists already).
   */
  saveBrief: method(
    z.object({
      id: BriefId,
      baseRevision: z.number().int().nonnegative().optional(),
      content: BriefContent,
      createdAt: IsoDateTime.optional(),
    }),
    SaveResult,
  ),
  /** A copy of a brief, with a new id and "(copy)" after the headline. */
  duplicateBrief: method(byId, Brief),
  /** Move a brief to the Trash. */
  trashBrief: method(byId, BriefSummary),
  /** Bring a brief back from the Trash. */
  restoreBrief: method(byId, BriefSummary),
  /** Delete a brief in the Trash for good. */
  purgeBrief: method(byId, Ok),
  /** Store an image (base64 bytes) in the content-addressed asset store. */
  addImage: method(
    z.object({
      fileName: z.string().max(500),
      dataBase64: z.string().max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8),
    }),
    ImageAsset,
  ),
} satisfies Section;
