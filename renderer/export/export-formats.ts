import type { ExportFormat } from '../../shared/api/contract';
import type { RadioOption } from '../ui/RadioChoice';

/** The formats of Export and Export briefs, by the name the analyst sees. */
export const EXPORT_FORMATS: readonly RadioOption<ExportFormat>[] = [
  { value: 'html', label: 'HTML page' },
  { value: 'md', label: 'Markdown' },
  { value: 'pdf', label: 'PDF' },
  { value: 'json', label: 'JSON (lossless)' },
];

/** One line under the format choice of Export (one brief). */
export const FORMAT_HINTS: Record<ExportFormat, string> = {
  html: 'A standalone page that opens offline in any browser and prints well.',
  md: 'Text with YAML front matter, for static sites; images go in a folder beside it (all in a zip).',
  pdf: 'The page printed to A4, ready to send or archive.',
  json: 'Everything in the brief, with its images and desk blocks, to bring back into Briefdesk.',
};

/** One line under the format choice of Export briefs (several at once, in one zip). */
export const BULK_FORMAT_HINTS: Record<ExportFormat, string> = {
  html: 'A page per brief and an index.html listing them; related briefs link to each other.',
  md: 'A Markdown file per brief with YAML front matter, and its images in a folder beside it.',
  pdf: 'A PDF per brief, printed one after another (the slowest format).',
  json: 'A lossless file per brief, to bring back into Briefdesk.',
};

/** Label of the HTML option that puts images in a folder rather than inside the page. */
export const IMAGES_IN_FOLDER_LABEL = 'Put images in a folder beside the page';
