import { z } from 'zod';
import { BriefId } from '../../model/brief';
import { method, type Section } from './method';

/** The formats a brief is exported to from the app. */
export const ExportFormat = z.enum(['html', 'md', 'pdf', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Where an HTML export's images go: inside the page (data: URLs), or in a `<stem>-assets/` folder beside it. */
export const ImageMode = z.enum(['embed', 'folder']);
export type ImageMode = z.infer<typeof ImageMode>;

/** A file-name stem, as exportStem makes them: `grid-reform-stalls`, `brief-1a2b3c4d-2`. */
export const ExportStem = z
  .string()
  .regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]*$/u)
  .max(120);

/** One exported file, handed to the renderer to save or show (nothing is written on the Node side). */
export const ExportedFile = z.object({
  /**
   * Path of the file inside the export, `/`-separated and relative: the main
   * file is named from the headline's slug (`grid-reform-stalls.html`), its
   * images sit in `grid-reform-stalls-assets/`.
   */
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  /** Text, or base64 bytes when `encoding` is 'base64' (PDF, images). */
  content: z.string(),
  encoding: z.enum(['utf8', 'base64']).default('utf8'),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

/** The files of one brief's export: the main file first, then its images (if any). */
export const ExportBundle = z.object({
  files: z.array(ExportedFile).min(1),
  /** Things the analyst should know (an image missing from the library…). */
  warnings: z.array(z.string()),
});
export type ExportBundle = z.infer<typeof ExportBundle>;

/** A brief out as files (HTML, Markdown, PDF, JSON). */
export const exportContract = {
  /**
   * One brief as files, returned rather than written: `html` is the
   * standalone page of exportBriefHtml (images embedded as data: URLs — what
   * Preview shows — or, with `images: 'folder'`, in `<stem>-assets/`), `md`
   * Markdown with YAML front matter and its images in `<stem>-assets/`,
   * `pdf` the page printed by Chromium (base64; 'unsupported' with a clear
   * message where no Chromium is available), `json` the lossless export of
   * exportBriefJson. `stems` names the file stems of briefs exported
   * together: the brief's own files use its stem, and related briefs listed
   * there link to each other's pages. With `snapshot: false` (the default;
   * Preview) it reads only: nothing in the library changes. With `snapshot:
   * true` (the analyst's Export, bulk export) the brief as exported is also
   * kept in its history as an 'export' revision — unless its newest revision
   * is already an 'export' one with the same content; a revision that cannot
   * be written is reported in `warnings`, the export still returned.
   * Unknown id: 'not_found'.
   */
  exportBrief: method(
    z.object({
      id: BriefId,
      format: ExportFormat,
      images: ImageMode.default('embed'),
      stems: z.record(BriefId, ExportStem).optional(),
      /** Keep an 'export' revision of the brief (see above). @default false */
      snapshot: z.boolean().default(false),
      /** The "Exported from Briefdesk … on …" line under an HTML page or PDF (a setting). @default true */
      colophon: z.boolean().default(true),
    }),
    ExportBundle,
  ),
} satisfies Section;
