import type { ImportFormat, ImportReport } from '../../../shared/api/contract';
import { blankBriefContent, type BriefContent, IsoDateTime } from '../../../shared/model/brief';
import { parseBriefContent } from '../library/brief-validation';
import type { LibraryStore } from '../library/library-store';
import { fitFields } from './fit-fields';
import { recognisedParts } from './import-recognised';
import { EmptyDocumentError } from './import-error';
import { PendingImages } from './pending-images';
import type { PreparedDom } from './prepare-import-dom';
import { linkWarnings } from './resolve-links';
import { isEmptyContent } from './empty-content';

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
  /** A web page: whether its article alone was kept (a whole page can be asked for instead) or the whole page, on request. */
  pageKept?: 'article' | 'whole';
  /** What the document's preparation found: notes, code blocks, links (for the report). */
  prepared?: PreparedDom;
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

/** What committing a draft may be asked. */
export interface CommitOptions {
  /** Add a document that holds nothing (no text, no image) as an empty brief instead of refusing it. */
  keepEmpty?: boolean;
}

/**
 * Puts a draft into the library as a new brief: its fields are fitted to
 * the brief format (fitFields) and checked whole (zod and the editor
 * schema) before anything is written; then its images are stored and the
 * brief created. Answers the import report: what was recognised, then
 * warnings — the document's own (links kept as written…), its images', and
 * the fitting's. A document that holds nothing is refused
 * (EmptyDocumentError) unless `keepEmpty`.
 */
export async function commitDraft(store: LibraryStore, draft: ImportDraft, options: CommitOptions = {}): Promise<ImportReport> {
  const fitted = fitFields(draft.content);
  const checked = parseBriefContent(fitted.content);
  if (!options.keepEmpty && isEmptyContent(checked)) throw new EmptyDocumentError(draft.format);
  await draft.images.store(store);
  const brief = await store.createFrom(checked, draft.createdAt === undefined ? {} : { createdAt: draft.createdAt });
  const links = draft.prepared?.links;
  return {
    id: brief.id,
    headline: brief.headline,
    format: draft.format,
    recognised: [
      ...recognisedParts(checked),
      ...draft.notes,
      ...(links && links.resolved > 0 ? [`Links made full addresses (${links.resolved})`] : []),
    ],
    warnings: [...draft.warnings, ...(links ? linkWarnings(links) : []), ...draft.images.warnings(), ...fitted.warnings],
    ...(draft.pageKept ? { pageKept: draft.pageKept } : {}),
    ...(options.keepEmpty && isEmptyContent(checked) ? { empty: true } : {}),
  };
}
