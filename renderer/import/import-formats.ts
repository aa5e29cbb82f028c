import type { ImportFormat } from '../../shared/api/contract';

/** The file types the Import picker offers (dropped files of other types are still tried: the library sniffs them). */
export const IMPORT_ACCEPT = '.json,.md,.markdown,.html,.htm,.docx,.txt';

/** How each recognised format is named to the analyst. */
export const IMPORT_FORMAT_LABELS: Record<ImportFormat, string> = {
  json: 'Briefdesk JSON',
  markdown: 'Markdown',
  html: 'HTML page',
  docx: 'Word document',
  text: 'Plain text',
};
