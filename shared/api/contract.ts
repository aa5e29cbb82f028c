import { z } from 'zod';
import {
  AssetId,
  Brief,
  BriefContent,
  BriefId,
  BriefStatus,
  BriefSummary,
  DamagedBrief,
  IsoDateTime,
} from '../model/brief';
import { DeskBlock, DeskBlockFields } from '../model/desk-block';
import { EntryId, EntryName } from '../model/library-entry';
import { DEFAULT_TEMPLATE_ID, Template } from '../model/template';
import { BriefDiff } from '../revisions/brief-diff-model';
import { Revision, RevisionId, RevisionName, RevisionSummary } from '../revisions/revision';
import { DraftWriter, RecoveryListing } from '../recovery/recovery-draft';
import {
  AutoBackupSettings,
  AutoBackupStatus,
  LibraryBackup,
  LibrarySwitched,
  MAX_BACKUP_TRANSFER_BYTES,
  RestoredBackup,
  RestoreId,
} from '../model/library-backup';
import { Checklist } from '../publish/checklist';
import { JobId, OutboxJob } from '../publish/outbox-job';
import { JobResolution, Publication, PublishOutcome, PublishRequest } from '../publish/publish-outcome';
import { PublishTarget, TargetId, TargetInput, TargetTestResult } from '../publish/target';
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
export const ExportFormat = z.enum(['html', 'md', 'pdf', 'json']);
export type ExportFormat = z.infer<typeof ExportFormat>;

/** Where an HTML export's images go: inside the page (data: URLs), or in a `<stem>-assets/` folder beside it. */
export const ImageMode = z.enum(['embed', 'folder']);
export type ImageMode = z.infer<typeof ImageMode>;

/** A file-name stem, as exportStem makes them: `grid-reform-stalls`, `brief-1a2b3c4d-2`. */
export const ExportStem = z.string().regex(/^[\p{Ll}\p{Lo}\p{N}][\p{Ll}\p{Lo}\p{N}-]*$/u).max(120);

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

/** A stretch of text, as UTF-16 offsets: `text.slice(start, end)` is the matched word. */
export const TextRange = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
export type TextRange = z.infer<typeof TextRange>;

/** One brief found by searchBriefs: its row, how well it matched, and where. */
export const SearchHit = z.object({
  summary: BriefSummary,
  score: z.number(),
  /** The matched words in `summary.headline`. */
  headlineHighlights: z.array(TextRange),
  /** A short stretch of the best matching text (standfirst, body, takeaway, desk…) with its matched words. */
  snippet: z.object({ text: z.string(), highlights: z.array(TextRange) }),
});
export type SearchHit = z.infer<typeof SearchHit>;

/** What searchBriefs looks for: words (prefix and fuzzy matched) and filters. */
export const SearchQuery = z.object({
  query: z.string().max(500),
  status: BriefStatus.optional(),
  tag: z.string().min(1).max(80).optional(),
  /** Updated at or after this moment. */
  updatedAfter: IsoDateTime.optional(),
  /** Updated at or before this moment. */
  updatedBefore: IsoDateTime.optional(),
  /** Search the Trash instead of the live briefs. @default false */
  trash: z.boolean().default(false),
  limit: z.number().int().min(1).max(1000).default(100),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

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
   * Full-text search of the library (headline, standfirst, body, takeaways,
   * Editor's Desk title, analysis and sign-off, tags, section) with prefix
   * and fuzzy matching, narrowed by status, tag and update time; best match
   * first, with the matched words marked. An empty query lists the briefs
   * that pass the filters, most recently updated first. `total` counts every
   * match, `results` holds at most `limit`.
   */
  searchBriefs: method(SearchQuery, z.object({ results: z.array(SearchHit), total: z.number().int().nonnegative() })),
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
    }),
    ExportBundle,
  ),
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
  /**
   * A brief's history, newest first, without content: automatic revisions
   * (at most one per 5 minutes of editing), named versions, and the ones
   * kept on export, publish and before an import, pull or restore replaced
   * the brief. Old revisions are thinned (all for 7 days, then one a day to
   * 90 days, then one a week; named versions always kept).
   */
  listRevisions: method(byId, z.object({ revisions: z.array(RevisionSummary) })),
  /** One revision, with the brief's content at that moment. Unknown: 'not_found'; a damaged file: 'damaged'. */
  getRevision: method(z.object({ id: BriefId, revisionId: RevisionId }), Revision),
  /** Keep the brief as it is on disk now as a named version ("Save version"). */
  saveVersion: method(z.object({ id: BriefId, name: RevisionName }), RevisionSummary),
  /**
   * Make a revision's content the brief's content again. The current state
   * is first kept as a 'before-restore' revision, `undoRevisionId`:
   * restoring that one undoes the restore. The brief is saved like any save
   * (revision + 1), so an editor holding the old revision gets a conflict.
   */
  restoreRevision: method(
    z.object({ id: BriefId, revisionId: RevisionId }),
    z.object({ brief: Brief, undoRevisionId: RevisionId }),
  ),
  /**
   * What changed from a revision (older) to the brief as it is now — or to
   * the revision `toRevisionId` — field by field, and the body line by line
   * (each Key Takeaways item, the Editor's Desk title, text and sign-off,
   * headings, paragraphs, list items) with word diffs inside changed lines.
   */
  diffRevision: method(
    z.object({ id: BriefId, revisionId: RevisionId, toRevisionId: RevisionId.optional() }),
    BriefDiff,
  ),
  /**
   * Keep a window's unsaved edits of a brief (sent at most about once a
   * second while they are not saved) in recovery/<id>.json, replacing what
   * that window kept before. Read-only library: 'io'. Unknown brief: 'not_found'.
   */
  stashDraft: method(
    z.object({ id: BriefId, writer: DraftWriter, baseRevision: z.number().int().nonnegative(), content: BriefContent }),
    Ok,
  ),
  /** Forget a window's kept edits of a brief: a save covered them, or the analyst discarded them. */
  dropDraft: method(z.object({ id: BriefId, writer: DraftWriter }), Ok),
  /**
   * Kept unsaved edits that differ from the saved brief, newest first: of
   * one brief (`id`), or of every brief not in the Trash. A damaged recovery
   * file is moved to quarantine/ and described in `problems`.
   */
  listRecoveries: method(z.object({ id: BriefId.optional() }), RecoveryListing),
  /**
   * Save a window's kept edits as the brief's content (revision + 1) and
   * forget them. When the brief was saved elsewhere since those edits began,
   * what it holds now is first kept as a 'before-restore' revision
   * (`keptRevisionId`). No longer kept: 'not_found'.
   */
  recoverDraft: method(
    z.object({ id: BriefId, writer: DraftWriter }),
    z.object({ brief: Brief, keptRevisionId: RevisionId.nullable() }),
  ),
  /**
   * Keep unsaved edits as a named version of the brief without changing the
   * brief: a window setting its edits aside to load what another window saved.
   */
  keepUnsaved: method(
    z.object({ id: BriefId, baseRevision: z.number().int().nonnegative(), content: BriefContent, name: RevisionName }),
    RevisionSummary,
  ),
  /**
   * The whole library as one zip (base64) with a manifest of SHA-256
   * checksums: library.json and its journal, briefs, revisions, images,
   * templates, the desk library. Taken while the library stays open. Above
   * MAX_BACKUP_TRANSFER_BYTES it is 'too_large' (the message names the CLI).
   */
  backupLibrary: method(z.object({}), LibraryBackup),
  /**
   * Check a backup (a readable zip, a known manifest, every checksum, every
   * brief valid) and restore it into a NEW folder beside the library; the
   * library open now is untouched. A damaged or foreign archive is
   * 'invalid_input' with what is wrong, and nothing is written.
   */
  restoreBackup: method(
    z.object({
      fileName: z.string().min(1).max(500),
      dataBase64: z.string().max(Math.ceil((MAX_BACKUP_TRANSFER_BYTES * 4) / 3) + 8),
    }),
    RestoredBackup,
  ),
  /**
   * Make a restored library the library: the open one is closed and kept,
   * renamed to `<name>-before-restore-<time>`; the restored folder takes
   * its place and is opened. The renderer reloads afterwards.
   */
  switchLibrary: method(z.object({ restoreId: RestoreId }), LibrarySwitched),
  /**
   * How the library is open: `readOnly` (written by a newer Briefdesk:
   * briefs can be read and exported, nothing changed) and `notice`, what the
   * analyst should be told (that, or that an older library was upgraded and
   * where its backup is), or null.
   */
  getLibraryStatus: method(z.object({}), z.object({ readOnly: z.boolean(), notice: z.string().nullable() })),
  /** The damaged briefs (moved to quarantine, not in the library) that have a good revision to come back from. */
  listRecoverable: method(
    z.object({}),
    z.object({ items: z.array(z.object({ id: BriefId, revisionId: RevisionId, createdAt: z.string(), headline: z.string() })) }),
  ),
  /**
   * Recreate a damaged brief from its newest good revision, under the same
   * id; its damaged-file entry leaves the list (the quarantined file stays).
   * 'not_found' when it has no good revision, 'conflict' when it is in the library.
   */
  restoreNewestGoodVersion: method(byId, Brief),
  /** The automatic daily backups: folder (null: off), how many are kept, when the last was made, and its failure if it failed. */
  getBackupSettings: method(z.object({}), AutoBackupStatus),
  /**
   * Set the automatic daily backups: an existing folder outside the library
   * (an absolute path) or null to turn them off, and how many to keep. A
   * backup is made at once when one is due.
   */
  saveBackupSettings: method(AutoBackupSettings, AutoBackupStatus),
  /** Version, shell and data folder. */
  getAppInfo: method(z.object({}), AppInfo),
  /** Publishing targets (WordPress sites, static-site folders); passwords are never sent, only `hasPassword`. */
  listTargets: method(
    z.object({}),
    z.object({
      targets: z.array(PublishTarget),
      /** How this shell keeps application passwords, in one sentence for the Settings dialog (the SecretStore's description). */
      passwordStorage: z.string(),
    }),
  ),
  /**
   * Add (no id) or change a target. The application password is write-only:
   * stored encrypted, never returned; left out on a change, the stored one is kept.
   */
  saveTarget: method(TargetInput, PublishTarget),
  /** Remove a target and its stored password (what was published stays on the site). */
  deleteTarget: method(z.object({ id: TargetId }), Ok),
  /** "Test connection": a saved target (password left out: the stored one) or settings not saved yet. */
  testTarget: method(TargetInput, TargetTestResult),
  /** The pre-publish checklist of a brief as it is now: errors block publishing, warnings can be acknowledged. */
  checkBrief: method(byId, Checklist),
  /**
   * Publish a brief: checklist, a 'publish' revision (the version that is
   * published, even if the job has to wait), then the site. Offline or a
   * failing site → `queued` (retried with backoff); a post changed on the
   * site → `needs_decision`; see PublishOutcome.
   */
  publishBrief: method(PublishRequest, PublishOutcome),
  /** The outbox: publishes waiting, running, needing a decision or failed, oldest first. */
  listOutbox: method(z.object({}), z.object({ jobs: z.array(OutboxJob) })),
  /** Attempt a queued or failed job now. */
  retryJob: method(z.object({ jobId: JobId }), PublishOutcome),
  /** Remove a job that is not running; nothing is sent. */
  cancelJob: method(z.object({ jobId: JobId }), Ok),
  /** Decide on a job whose post was changed on the site: replace it, bring the site's text into the brief, or cancel. */
  resolveJob: method(z.object({ jobId: JobId, action: z.enum(['overwrite', 'pull', 'cancel']) }), JobResolution),
  /** Where a brief is published (target, link, time) and whether it changed since. */
  listPublications: method(byId, z.object({ publications: z.array(Publication) })),
  /** Take a brief off a static-site folder target ('unsupported' for WordPress targets). */
  unpublish: method(z.object({ id: BriefId, targetId: TargetId }), z.object({ removed: z.boolean() })),
  /**
   * The network may be back (the window went online): try every queued job
   * of the outbox now. Resolves once that run is over; `woken` is false
   * where no outbox runner runs.
   */
  wakeOutbox: method(z.object({}), z.object({ woken: z.boolean() })),
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
