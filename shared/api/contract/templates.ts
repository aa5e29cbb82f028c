import { z } from 'zod';
import { BriefId } from '../../model/brief';
import { EntryName } from '../../model/library-entry';
import { Template } from '../../model/template';
import { byEntryId } from './by-id';
import { method, Ok, type Section } from './method';

/** Brief templates. */
export const templatesContract = {
  /** Every template: the built-in "Standard brief" (id 'default') first, then the analyst's, by name. */
  listTemplates: method(z.object({}), z.array(Template)),
  /**
   * Save the structure of a brief as a template: its section, byline, tags,
   * language and body skeleton (takeaways emptied, desks kept with an empty
   * body unless synced, headings kept, other text dropped). A template with
   * the same name (case-insensitive) is replaced; the built-in template's
   * name is 'invalid_input'.
   */
  saveTemplate: method(z.object({ name: EntryName, fromBriefId: BriefId }), Template),
  /** Delete a template. The built-in one cannot be deleted ('invalid_input'). */
  deleteTemplate: method(byEntryId, Ok),
} satisfies Section;
