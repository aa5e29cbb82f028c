import { z } from 'zod';
import {
  AssetId,
  Brief,
  BriefContent,
  BriefId,
  BriefSummary,
  DamagedBrief,
} from '../model/brief';
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

const byId = z.object({ id: BriefId });
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
  /** A new, empty brief. */
  createBrief: method(z.object({}), Brief),
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
