import { z } from 'zod';
import {
  AssetId,
  Brief,
  BriefContent,
  BriefId,
  BriefSummary,
  DamagedBrief,
} from '../model/brief';
import { DeskBlock, DeskBlockFields } from '../model/desk-block';
import { EntryId, EntryName } from '../model/library-entry';
import { DEFAULT_TEMPLATE_ID, Template } from '../model/template';
import { type MethodName, methodNames, ipcChannel } from './method-names';

export { type MethodName, methodNames, ipcChannel };

/** Largest image the library accepts, in bytes. */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;

export const ImageAsset = z.object({
  id: AssetId,
  mime: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif']),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bytes: z.number().int().positive(),
});
export type ImageAsset = z.infer<typeof ImageAsset>;

export const SaveResult = z.object({
  revision: z.number().int().nonnegative(),
  updatedAt: z.string(),
  summary: BriefSummary,
});
export type SaveResult = z.infer<typeof SaveResult>;

export const LibraryListing = z.object({
  briefs: z.array(BriefSummary),
  damaged: z.array(DamagedBrief),
});
export type LibraryListing = z.infer<typeof LibraryListing>;

export const AppInfo = z.object({
  version: z.string(),
  shell: z.enum(['desktop', 'browser']),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

/** The formats a brief is exported to from the app. */
export const ExportFormat = z.enum(['html', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** One exported file, handed to the renderer to save or show (nothing is written on the Node side). */
export const ExportedFile = z.object({
  /** A file name from the headline's slug, e.g. `grid-reform-stalls.html`. */
  fileName: z.string().min(1),
  mimeType: z.string().min(1),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof ExportedFile>;

const byId = z.object({ id: BriefId });
const byEntryId = z.object({ id: EntryId });
const Ok = z.object({ ok: z.literal(true) });

function method<I extends z.ZodType, O extends z.ZodType>(input: I, output: O) {
  return { input, output };
}

/**
 * The API contract: every method a shell offers the renderer, with the zod
 * schema of its input (validated in main, whichever shell it came through)
 * and of its output. Preload, IPC registration, the HTTP router and the
 * renderer's client are all derived from this map.
 */
export const contract = {
  /** The library: live briefs (or the Trash) sorted by last update, and damaged files. */
  listBriefs: method(z.object({ trash: z.boolean().default(false) }), LibraryListing),
  /** One brief, whole. */
  getBrief: method(byId, Brief),
  /**
   * A new brief made from a template: the built-in "Standard brief" (Key
   * Takeaways, Editor's Desk, an empty paragraph) unless `templateId` names
   * another. An unknown template id is 'not_found'.
   */
  createBrief: method(z.object({ templateId: EntryId.default(DEFAULT_TEMPLATE_ID) }), Brief),
  /**
   * Save the editable fields of a brief. When `baseRevision` is given and the
   * brief on disk has moved past it, the save is refused with a conflict.
   */
  saveBrief: method(
    z.object({ id: BriefId, baseRevision: z.number().int().nonnegative().optional(), content: BriefContent }),
    SaveResult,
  ),
  /** A copy of a brief, with a new id and "(copy)" after the headline. */
  duplicateBrief: method(byId, Brief),
  /** Move a brief to the Trash. */
  trashBrief: method(byId, BriefSummary),
  /** Bring a brief back from the Trash. */
  restoreBrief: method(byId, BriefSummary),
  /** Delete a brief in the Trash for good. */
  purgeBrief: method(byId, Ok),
  /** Store an image (base64 bytes) in the content-addressed asset store. */
  addImage: method(
    z.object({
      fileName: z.string().max(500),
      dataBase64: z.string().max(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 8),
    }),
    ImageAsset,
  ),
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
  /** Desk-library blocks sorted by name; `query` keeps those whose name or title contains it (case-insensitive). */
  listDeskBlocks: method(z.object({ query: z.string().max(200).optional() }), z.array(DeskBlock)),
  /** One desk-library block, whole. */
  getDeskBlock: method(byEntryId, DeskBlock),
  /**
   * Store an Editor's Desk block in the desk library: a new block without
   * `id`, otherwise an update of that block ("Edit original" — synced desks
   * show it the next time they are resolved). Content that does not fit an
   * Editor's Desk is 'invalid_input'.
   */
  saveDeskBlock: method(DeskBlockFields.extend({ id: EntryId.optional() }), DeskBlock),
  /** Give a desk-library block a new name. */
  renameDeskBlock: method(z.object({ id: EntryId, name: EntryName }), DeskBlock),
  /** The briefs (live and in the Trash) with a desk synced to a library block. */
  deskBlockUsage: method(byEntryId, z.object({ briefs: z.array(BriefSummary) })),
  /**
   * Delete a desk-library block. Briefs with a desk synced to it are first
   * saved (revision + 1) with a detached copy of its current text; their ids
   * are returned.
   */
  deleteDeskBlock: method(byEntryId, z.object({ detached: z.array(BriefId) })),
  /**
   * One brief as a file, returned rather than written: `html` is the
   * standalone page of exportBriefHtml with its images embedded as data:
   * URLs (what Preview shows), `json` the lossless export of exportBriefJson.
   * Reads only: nothing in the library changes. Unknown id: 'not_found'.
   */
  exportBrief: method(z.object({ id: BriefId, format: ExportFormat }), ExportedFile),
  /** Version, shell and data folder. */
  getAppInfo: method(z.object({}), AppInfo),
} as const satisfies Record<MethodName, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
/** Fails to compile when method-names.ts lists a name the contract lacks, or misses one it has. */
const sameNames: [keyof Contract] extends [MethodName] ? ([MethodName] extends [keyof Contract] ? true : false) : false = true;
void sameNames;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

/** The object the renderer talks to (window.briefdesk on the desktop, HTTP in the browser). */
export type BriefdeskApi = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<MethodOutput<M>>;
};

/** Server-side implementation of the contract; inputs arrive parsed. */
export type ApiHandlers = {
  [M in MethodName]: (input: MethodParsedInput<M>) => Promise<MethodOutput<M>>;
};

export function isMethodName(name: string): name is MethodName {
  return Object.hasOwn(contract, name);
}

/**
 * What the desktop preload puts on `window.briefdesk`: the contract's methods,
 * each answering with the wire result (errors cross contextBridge as data,
 * since thrown errors lose their code there). The renderer's client unwraps it.
 */
export type BriefdeskBridge = {
  [M in MethodName]: (input: MethodInput<M>) => Promise<import('./dispatch').WireResult>;
};
