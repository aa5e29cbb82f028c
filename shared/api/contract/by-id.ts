import { z } from 'zod';
import { BriefId } from '../../model/brief';
import { EntryId } from '../../model/library-entry';

/** The input of a method on one brief. */
export const byId = z.object({ id: BriefId });

/** The input of a method on one template or desk-library block. */
export const byEntryId = z.object({ id: EntryId });
