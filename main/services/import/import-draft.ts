import type { ImportFormat, ImportReport } from '../../../shared/api/contract';
import { blankBriefContent, type BriefContent, IsoDateTime } from '../../../shared/model/brief';
import { parseBriefContent } from '../library/brief-validation';
import type { LibraryStore } from '../library/library-store';
import { fitFields } from './fit-fields';
import { recognisedParts } from './import-recognised';
import { PendingImages } from './pending-images';

/** A brief read from a file, not yet in the library. */
export interface ImportDraft {
  format: ImportFormat;
  content: BriefContent;
  /** When the brief was first written, if the file says (ISO 8601). */
  createdAt?: string | undefined;
  /** Its images, checked but not stored. */
  images: PendingImages;
  /** Recognised parts the content alone does not show (e.g. a language told by the script). */
  notes: string[];
  warnings: string[];
}

/** An empty draft of `format`: blank content, no images. */
export function newDraft(format: ImportFormat): ImportDraft {
  return { format, content: blankBriefContent(), images: new PendingImages(), notes: [], warnings: [] };
}

/** An ISO 8601 date-time from a file's date value (a date alone is taken as midnight UTC), or undefined. */
export function isoDateOf(value: unknown): string | undefined {
  const text =
    value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString() : typeof value === 'string' ? value.trim() : '';
  if (IsoDateTime.safeParse(text).success) return text;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text))) return `${text}T00:00:00.000Z`;
  return undefined;
}

/**
 * Puts a draft into the library as a new brief: its fields are fitted to
 * the brief format (fitFields) and checked whole (zod and the editor
 * schema) before anything is written; then its images are stored and the
 * brief created. Answers the import report.
 */
export async function commitDraft(store: LibraryStore, draft: ImportDraft): Promise<ImportReport> {
  const fitted = fitFields(draft.content);
  const checked = parseBriefContent(fitted.content);
  await draft.images.store(store);
  const brief = await store.createFrom(checked, draft.createdAt === undefined ? {} : { createdAt: draft.createdAt });
  return {
    id: brief.id,
    headline: brief.headline,
    format: draft.format,
    recognised: [...recognisedParts(checked), ...draft.notes],
    warnings: [...draft.warnings, ...draft.images.warnings(), ...fitted.warnings],
  };
}
