import { relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { type Brief, BriefContent, type DamagedBrief } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { countWords } from '../../../shared/model/word-count';
import {
  AUTO_REVISION_INTERVAL_MS,
  type Revision,
  type RevisionKind,
  RevisionName,
  type RevisionSummary,
  revisionSummaryOf,
} from '../../../shared/revisions/revision';
import { thinRevisions } from '../../../shared/revisions/thin-revisions';
import { removeLeftoverTempFiles } from '../library/durable-write';
import { parseBriefContent } from '../library/brief-validation';
import type { LibraryContext } from '../library/library-context';
import { quarantineFile } from '../library/quarantine';
import {
  listRevisionFolder,
  newRevisionId,
  parseRevisionId,
  readRevisionFile,
  removeRevisionFiles,
  removeRevisionFolder,
  type RevisionIdInfo,
  revisionFolder,
  revisionPath,
  writeRevisionFile,
} from './revision-files';

/** What the revisions borrow from the LibraryStore that owns them. */
export interface RevisionBriefs {
  /** Run `task` in the brief's write queue; throws 'not_found' for an unknown brief. */
  run<T>(briefId: string, task: () => Promise<T>): Promise<T>;
  /** The brief as stored (inside `run`). */
  read(briefId: string): Promise<Brief>;
  /** Save new content through the save path (inside `run`): checked, revision + 1, journal row. */
  saveContent(brief: Brief, content: BriefContent): Promise<Brief>;
  /** List a damaged revision file with the library's damaged files. */
  reportDamaged(report: DamagedBrief): void;
}

/** What restoring a revision did. */
export interface RestoreResult {
  /** The brief, saved with the revision's content. */
  brief: Brief;
  /** The 'before-restore' revision holding what was replaced: restoring it undoes the restore. */
  undoRevisionId: string;
}

function newestFirst(a: RevisionSummary, b: RevisionSummary): number {
  return Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.briefRevision - a.briefRevision || b.id.localeCompare(a.id);
}

/**
 * A brief's history in revisions/<briefId>/: one file per revision, written
 * durably, validated on read (a damaged file is moved to quarantine/ and
 * skipped). Saves add an 'auto' revision when the newest one is at least
 * five minutes old; the ids in each folder (which carry time and kind) are
 * read once per brief and kept in memory, so a save that takes no revision
 * touches no revision file. After each new revision the brief's history is
 * thinned (see thinRevisions). Read-only libraries never write here.
 */
export class Revisions {
  readonly #cx: LibraryContext;
  readonly #briefs: RevisionBriefs;
  /** The revision ids on disk per brief, filled on first use. */
  readonly #ids = new Map<string, Map<string, RevisionIdInfo>>();
  /** The time of each brief's newest revision (or of the last one written), filled with #ids. */
  readonly #latest = new Map<string, number | null>();
  /** Summaries read from files, per brief and id (filled by list). */
  readonly #summaries = new Map<string, Map<string, RevisionSummary>>();

  constructor(cx: LibraryContext, briefs: RevisionBriefs) {
    this.#cx = cx;
    this.#briefs = briefs;
  }

  /** A brief's revisions, newest first, without their content. Damaged files are set aside and left out. */
  async list(briefId: string): Promise<RevisionSummary[]> {
    this.#cx.assertOpen();
    return this.#briefs.run(briefId, async () => {
      const ids = await this.#idsOf(briefId);
      const known = this.#summaries.get(briefId) ?? new Map<string, RevisionSummary>();
      this.#summaries.set(briefId, known);
      for (const id of [...ids.keys()]) {
        if (known.has(id)) continue;
        const revision = await this.#readOrSetAside(briefId, id).catch((error: unknown) => {
          if (error instanceof BriefdeskError && (error.code === 'damaged' || error.code === 'not_found')) return null;
          throw error;
        });
        if (revision) known.set(id, revisionSummaryOf(revision));
      }
      return [...known.values()].filter((summary) => ids.has(summary.id)).sort(newestFirst);
    });
  }

  /** One revision, whole. Throws 'not_found', or 'damaged' (the file is then moved to quarantine/). */
  async get(briefId: string, revisionId: string): Promise<Revision> {
    this.#cx.assertOpen();
    return this.#briefs.run(briefId, () => this.#readOrSetAside(briefId, revisionId));
  }

  /** Keep the brief as it is now as a named version ("Save version"). */
  async saveVersion(briefId: string, name: string): Promise<RevisionSummary> {
    this.#cx.assertWritable();
    const parsed = RevisionName.safeParse(name);
    if (!parsed.success) {
      throw new BriefdeskError('invalid_input', parsed.error.issues[0]?.message ?? 'The version name is not usable.');
    }
    return this.#briefs.run(briefId, async () =>
      revisionSummaryOf(await this.#capture(await this.#briefs.read(briefId), 'named', parsed.data)),
    );
  }

  /**
   * Keep content that never reached the brief file — a window's unsaved
   * edits, set aside when it loads what another window saved — as a named
   * version made on revision `baseRevision`. Checked like a save
   * ('invalid_input' when it does not fit the brief format).
   */
  async keepContent(briefId: string, content: BriefContent, baseRevision: number, name: string): Promise<RevisionSummary> {
    this.#cx.assertWritable();
    const checked = parseBriefContent(content);
    const parsedName = RevisionName.safeParse(name);
    if (!parsedName.success) {
      throw new BriefdeskError('invalid_input', parsedName.error.issues[0]?.message ?? 'The version name is not usable.');
    }
    return this.#briefs.run(briefId, async () => {
      const current = await this.#briefs.read(briefId);
      const unsaved: Brief = { ...current, ...checked, revision: Math.min(baseRevision, current.revision) };
      return revisionSummaryOf(await this.#capture(unsaved, 'named', parsedName.data));
    });
  }

  /**
   * Keep the brief as it is now, for a reason other than a name: an export,
   * a publication, or just before an import, pull or restore replaces it.
   * When the brief's newest revision is of the same kind and holds the same
   * content (exporting twice in a row, a bulk export of unchanged briefs),
   * nothing is written and that revision is returned.
   */
  async snapshot(briefId: string, kind: Exclude<RevisionKind, 'named'>): Promise<RevisionSummary> {
    this.#cx.assertWritable();
    return this.#briefs.run(briefId, async () => {
      const brief = await this.#briefs.read(briefId);
      const repeated = await this.#newestSame(brief, kind);
      return revisionSummaryOf(repeated ?? (await this.#capture(brief, kind)));
    });
  }

  /**
   * Make a revision's content the brief's content again: the current state
   * is first kept as a 'before-restore' revision (so the restore can be
   * undone by restoring that one), then the revision's content is saved like
   * any save (revision + 1). Throws 'not_found' or 'damaged' for the revision
   * and 'invalid_input' when its content no longer fits the brief format;
   * nothing changes then.
   */
  async restore(briefId: string, revisionId: string): Promise<RestoreResult> {
    this.#cx.assertWritable();
    return this.#briefs.run(briefId, async () => {
      const revision = await this.#readOrSetAside(briefId, revisionId);
      const content = restorable(revision);
      const current = await this.#briefs.read(briefId);
      const undo = await this.#capture(current, 'before-restore');
      const brief = await this.#briefs.saveContent(current, content);
      return { brief, undoRevisionId: undo.id };
    });
  }

  /**
   * Called by the store after each save, in the brief's queue: keep the
   * saved content as an 'auto' revision when the brief's newest revision is
   * at least five minutes older than now. Never fails the save: a revision
   * that cannot be written is tried again on the next save.
   */
  async afterSave(brief: Brief): Promise<void> {
    if (this.#cx.readOnly) return;
    try {
      await this.#idsOf(brief.id);
      const latest = this.#latest.get(brief.id) ?? null;
      const now = this.#cx.now().getTime();
      if (latest !== null && Math.abs(now - latest) < AUTO_REVISION_INTERVAL_MS) return;
      await this.#capture(brief, 'auto');
    } catch {
      // The brief itself is saved; the next save tries again.
    }
  }

  /** Called by the store when a brief is deleted for good, in its queue: its history goes too. */
  async removeAll(briefId: string): Promise<void> {
    if (this.#cx.readOnly) return;
    await removeRevisionFolder(this.#cx.dataDir, briefId);
    this.#forget(briefId);
  }

  /** Write a revision of `brief` now, then thin the brief's history. */
  async #capture(brief: Brief, kind: RevisionKind, name?: string): Promise<Revision> {
    const at = this.#cx.now();
    const revision: Revision = {
      id: newRevisionId(at, kind),
      briefId: brief.id,
      briefRevision: brief.revision,
      createdAt: at.toISOString(),
      kind,
      ...(name === undefined ? {} : { name }),
      wordCount: countWords(brief.body),
      content: contentOf(brief),
    };
    const ids = await this.#idsOf(brief.id);
    await writeRevisionFile(this.#cx.dataDir, revision);
    const info = parseRevisionId(revision.id);
    if (info) ids.set(revision.id, info);
    this.#summaries.get(brief.id)?.set(revision.id, revisionSummaryOf(revision));
    this.#latest.set(brief.id, at.getTime());
    await this.#thin(brief.id, at);
    return revision;
  }

  /**
   * The brief's newest revision when it is of `kind` and its content equals
   * the brief's; else null (also when that revision cannot be read — a
   * damaged one is set aside — so a new one gets written).
   */
  async #newestSame(brief: Brief, kind: RevisionKind): Promise<Revision | null> {
    let newest: RevisionIdInfo | null = null;
    for (const info of (await this.#idsOf(brief.id)).values()) {
      if (newest === null || info.time > newest.time || (info.time === newest.time && info.id > newest.id)) newest = info;
    }
    if (newest === null || newest.kind !== kind) return null;
    const revision = await this.#readOrSetAside(brief.id, newest.id).catch((error: unknown) => {
      if (error instanceof BriefdeskError && (error.code === 'damaged' || error.code === 'not_found')) return null;
      throw error;
    });
    return revision !== null && isDeepStrictEqual(revision.content, contentOf(brief)) ? revision : null;
  }

  /** Delete what retention no longer keeps. A failure leaves the files for the next thinning. */
  async #thin(briefId: string, now: Date): Promise<void> {
    const ids = await this.#idsOf(briefId);
    const { drop } = thinRevisions([...ids.values()], now);
    if (drop.length === 0) return;
    const dropped = drop.map((info) => info.id);
    await removeRevisionFiles(this.#cx.dataDir, briefId, dropped).catch(() => undefined);
    for (const id of dropped) {
      ids.delete(id);
      this.#summaries.get(briefId)?.delete(id);
    }
  }

  /** The ids in a brief's folder, read once (leftover temp files are removed then). */
  async #idsOf(briefId: string): Promise<Map<string, RevisionIdInfo>> {
    const known = this.#ids.get(briefId);
    if (known) return known;
    const { ids, leftovers } = await listRevisionFolder(this.#cx.dataDir, briefId);
    if (!this.#cx.readOnly && leftovers > 0) await removeLeftoverTempFiles(revisionFolder(this.#cx.dataDir, briefId));
    const map = new Map(ids.map((info) => [info.id, info]));
    this.#ids.set(briefId, map);
    this.#latest.set(briefId, ids.length === 0 ? null : Math.max(...ids.map((info) => info.time)));
    return map;
  }

  async #readOrSetAside(briefId: string, revisionId: string): Promise<Revision> {
    try {
      return await readRevisionFile(this.#cx.dataDir, briefId, revisionId);
    } catch (error) {
      if (!(error instanceof BriefdeskError)) throw error;
      if (error.code === 'not_found') this.#ids.get(briefId)?.delete(revisionId);
      if (error.code !== 'damaged') throw error;
      await this.#setAside(briefId, revisionId, error.message);
      throw new BriefdeskError('damaged', `This revision's file is damaged and was set aside. ${error.message}`);
    }
  }

  /** Move a damaged revision file to quarantine/ (read-only: leave it) and report it. */
  async #setAside(briefId: string, revisionId: string, reason: string): Promise<void> {
    const now = this.#cx.now();
    const path = revisionPath(this.#cx.dataDir, briefId, revisionId);
    const movedTo = this.#cx.readOnly
      ? relative(this.#cx.dataDir, path)
      : await quarantineFile(this.#cx.dataDir, path, `revision-${briefId}-${revisionId}`, now);
    this.#ids.get(briefId)?.delete(revisionId);
    this.#briefs.reportDamaged({ id: `${briefId}/${revisionId}`, movedTo, reason, detectedAt: now.toISOString() });
  }

  #forget(briefId: string): void {
    this.#ids.delete(briefId);
    this.#latest.delete(briefId);
    this.#summaries.delete(briefId);
  }
}

/** A revision's content, checked like a save. Throws 'invalid_input' when it no longer fits the brief format. */
function restorable(revision: Revision): BriefContent {
  try {
    return parseBriefContent(revision.content);
  } catch (error) {
    if (!(error instanceof BriefdeskError)) throw error;
    throw new BriefdeskError('invalid_input', `This revision cannot be restored. ${error.message}`);
  }
}

/** A copy of the editable fields of a brief (what a revision keeps). */
function contentOf(brief: Brief): BriefContent {
  return BriefContent.parse(brief);
}
