import { z } from 'zod';
import { BriefId } from '../../model/brief';
import { method, type Section } from './method';

/** Largest file an import reads: 100 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;

/** What kind of file an import recognised. */
export const ImportFormat = z.enum(['json', 'markdown', 'html', 'docx', 'text']);
export type ImportFormat = z.infer<typeof ImportFormat>;

/** What one imported file became, and what of it was recognised. */
export const ImportReport = z.object({
  /** Id of the new brief. */
  id: BriefId,
  headline: z.string(),
  format: ImportFormat,
  /**
   * The parts recognised as the brief's fields and blocks, as short phrases
   * for the analyst: "Headline", "Standfirst", "Key Takeaways (5 points)",
   * "Editor's Desk “Strategic Analysis”", "Tags (3)"…
   */
  recognised: z.array(z.string()),
  /** Things the analyst should know that did not stop the import ("3 paragraphs not recognised were kept in the body"…). */
  warnings: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A file in as a new brief. */
export const importContract = {
  /**
   * Import one file as a new brief: a Briefdesk JSON export, Markdown (YAML
   * front matter mapped to fields), HTML (Briefdesk's own exports restored
   * exactly; other pages mapped by their structure), DOCX, or plain text
   * shaped like a brief (headline, standfirst, "Key Takeaways", "Editor's
   * Desk", body). What is not recognised is kept in the body. Everything is
   * sanitized at this boundary. A file that cannot be imported (empty,
   * binary, not UTF-8, damaged, too large) is refused with a clear message
   * naming it, and nothing is written.
   */
  importFile: method(
    z.object({
      fileName: z.string().min(1).max(500),
      dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8),
    }),
    ImportReport,
  ),
} satisfies Section;
