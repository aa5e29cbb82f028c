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
  /**
   * A web page: `article` when only its article was kept (importing it again
   * with `wholePage` keeps the page around it too), `whole` when the whole
   * page was asked for.
   */
  pageKept: z.enum(['article', 'whole']).optional(),
  /** The document held nothing and was added, empty, because `keepEmpty` asked for it. */
  empty: z.boolean().optional(),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** A file that was not imported because it holds nothing (no text, no image): no brief was added. */
export const ImportSkipped = z.object({
  skipped: z.literal('empty'),
  format: ImportFormat,
  /** Why, as a sentence for the analyst. */
  message: z.string(),
});
export type ImportSkipped = z.infer<typeof ImportSkipped>;

/** What importing one file gave: a new brief and its report, or nothing because the file is empty. */
export const ImportResult = z.union([ImportReport, ImportSkipped]);
export type ImportResult = z.infer<typeof ImportResult>;

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
   * naming it, and nothing is written. A document that holds nothing is
   * answered as skipped, unless `keepEmpty`; a web page comes in as its
   * article unless `wholePage`.
   */
  importFile: method(
    z.object({
      fileName: z.string().min(1).max(500),
      dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8),
      /** A web page: keep the whole page, not only its article. */
      wholePage: z.boolean().optional(),
      /** Add a document that holds nothing as an empty brief. */
      keepEmpty: z.boolean().optional(),
    }),
    ImportResult,
  ),
} satisfies Section;
