import { z } from 'zod';
import { IsoDateTime, PmNode } from './brief';
import { EntryId, EntryName } from './library-entry';

/** Longest Editor's Desk title or sign-off line a library block may carry. */
export const DESK_TEXT_MAX = 300;

const deskText = z.string().max(DESK_TEXT_MAX);

/** The fields of a desk-library block the analyst edits. */
export const DeskBlockFields = z.object({
  name: EntryName,
  title: deskText,
  deskName: deskText,
  series: deskText,
  publication: deskText,
  /**
   * The desk's body: what an `editorsDesk` node holds (paragraphs, lists,
   * quotes). Checked against the body schema by the store.
   */
  content: z.array(PmNode).min(1, 'A desk block needs at least one paragraph').max(500),
});
export type DeskBlockFields = z.infer<typeof DeskBlockFields>;

/**
 * An Editor's Desk block kept in the desk library under a name. A brief's
 * `editorsDesk` node whose `libraryRef` is this id is a synced instance.
 */
export const DeskBlock = DeskBlockFields.extend({
  id: EntryId,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type DeskBlock = z.infer<typeof DeskBlock>;

/** What a synced desk node takes from its library block. */
export type DeskBlockSource = Pick<DeskBlock, 'title' | 'deskName' | 'series' | 'publication' | 'content'>;
