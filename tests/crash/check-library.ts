import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { parseStoredBrief } from '../../main/services/library/brief-validation';
import { errorCode, errorMessage } from '../../main/services/library/io-error';
import { LibraryStore } from '../../main/services/library/library-store';
import { listRevisionFolder, readRevisionFile } from '../../main/services/revisions/revision-files';
import { BriefId, type Brief } from '../../shared/model/brief';
import type { AckedBrief, Acknowledged, BriefState } from './acknowledged';
import { checkIndex } from './check-index';
import { type BeginLine, contentHash } from './protocol';

/** What one check after a kill found wrong. */
export interface Findings {
  /** Files that do not parse or validate, were quarantined, or an index that disagrees with them. */
  corrupt: string[];
  /** Acknowledged writes that are not on disk. */
  lost: string[];
  /** States no operation could have produced (a write nobody made, a purged brief back). */
  unexpected: string[];
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw error;
  }
}

/** Every brief file, read and checked like the store does, without the store. */
async function readBriefFiles(dataDir: string, findings: Findings): Promise<Map<string, Brief>> {
  const briefs = new Map<string, Brief>();
  for (const name of await namesIn(join(dataDir, 'articles'))) {
    const id = /^(.+)\.json$/.exec(name)?.[1];
    if (id === undefined || !BriefId.safeParse(id).success) continue;
    try {
      const brief = parseStoredBrief(JSON.parse(await readFile(join(dataDir, 'articles', name), 'utf8')));
      if (brief.id !== id) throw new Error(`it holds brief ${brief.id}`);
      briefs.set(id, brief);
    } catch (error) {
      findings.corrupt.push(`articles/${name}: ${errorMessage(error)}`);
    }
  }
  return briefs;
}

function stateOf(file: Brief): BriefState {
  return { revision: file.revision, hash: contentHash(file), trashed: file.trashedAt !== null };
}

/** Whether the brief on disk is what the acknowledgements (and the operation in flight, if any) allow. */
function checkBrief(id: string, acked: AckedBrief, file: Brief | undefined, inFlight: BeginLine | undefined, findings: Findings): void {
  const op = inFlight?.op;
  if (file === undefined) {
    if (!acked.purged && op !== 'purge') findings.lost.push(`${id}: acknowledged at revision ${acked.revision}, file gone`);
    return;
  }
  if (acked.purged) {
    findings.unexpected.push(`${id}: deleted for good, yet its file is back`);
    return;
  }
  const hash = contentHash(file);
  const trashed = file.trashedAt !== null;
  if (file.revision < acked.revision) {
    findings.lost.push(`${id}: acknowledged revision ${acked.revision}, found ${file.revision}`);
  } else if (file.revision === acked.revision) {
    if (hash !== acked.hash) findings.lost.push(`${id}: revision ${file.revision} holds other content than acknowledged`);
    if (trashed !== acked.trashed && op !== 'trash' && op !== 'untrash') {
      findings.lost.push(`${id}: acknowledged ${acked.trashed ? 'in' : 'out of'} the Trash, found the opposite`);
    }
  } else if (file.revision !== acked.revision + 1 || (op !== 'save' && op !== 'restore-revision') || hash !== inFlight?.hash) {
    findings.unexpected.push(`${id}: revision ${file.revision} (acknowledged ${acked.revision}) was written by no operation in flight`);
  }
}

/**
 * Check a brief's revision files: each new one (they never change once
 * written) is read and validated like the store does; every acknowledged
 * named version must be there (unless a purge of the brief was cut short).
 */
async function checkRevisionFiles(
  dataDir: string,
  briefId: string,
  acked: Acknowledged,
  inFlight: BeginLine | undefined,
  findings: Findings,
): Promise<void> {
  const { ids } = await listRevisionFolder(dataDir, briefId);
  const present = new Set(ids.map((info) => info.id));
  for (const id of present) {
    const key = `${briefId}/${id}`;
    if (acked.validRevisionFiles.has(key)) continue;
    try {
      await readRevisionFile(dataDir, briefId, id);
      acked.validRevisionFiles.add(key);
    } catch (error) {
      findings.corrupt.push(`revisions/${key}.json: ${errorMessage(error)}`);
    }
  }
  const versions = acked.briefs.get(briefId)?.versions ?? new Set<string>();
  // A purge deletes the history first, then the brief: killed in between, the brief is left without it.
  if (inFlight?.op === 'purge') versions.clear();
  for (const version of versions) {
    if (!present.has(version)) findings.lost.push(`${briefId}: named version ${version} is gone`);
  }
}

/**
 * Check a data dir after a kill: every brief file parses and validates;
 * every acknowledged write is there (revision at least the acknowledged
 * one, the same content when equal); only an operation in flight may have
 * gone further; then open the library like the app does (taking over the
 * dead child's lock) and check nothing was quarantined, the index lists
 * exactly the files with their fields — and, the library closed, that
 * index.db agrees with every file (checkIndex) —, every revision file is valid, every
 * acknowledged named version and image is there.
 * A revision file is validated once (they are never rewritten).
 */
export async function checkLibrary(dataDir: string, acked: Acknowledged, inFlight: readonly BeginLine[]): Promise<Findings> {
  const findings: Findings = { corrupt: [], lost: [], unexpected: [] };
  const files = await readBriefFiles(dataDir, findings);
  const inFlightOn = new Map(inFlight.filter((line) => line.id !== undefined).map((line) => [line.id, line]));

  for (const [id, state] of acked.briefs) {
    const file = files.get(id);
    const op = inFlightOn.get(id);
    checkBrief(id, state, file, op, findings);
    // What an operation in flight left on disk is what the next run builds on.
    if (op) acked.adopt(id, file ? stateOf(file) : null);
  }
  const creating = inFlight.filter((line) => line.op === 'create' || line.op === 'duplicate').length;
  const newcomers = [...files].filter(([id]) => !acked.briefs.has(id));
  if (newcomers.length > creating) findings.unexpected.push(`briefs nobody created: ${newcomers.map(([id]) => id).join(', ')}`);
  for (const [id, file] of newcomers) acked.adopt(id, stateOf(file));

  const store = await LibraryStore.open(dataDir);
  try {
    const rows = [...store.list().briefs, ...store.list({ trash: true }).briefs];
    const listed = new Set(rows.map((row) => row.id));
    for (const id of files.keys()) if (!listed.has(id)) findings.corrupt.push(`index: ${id} has a file but no row`);
    for (const row of rows) {
      const file = files.get(row.id);
      if (!file) {
        findings.corrupt.push(`index: ${row.id} has a row but no file`);
        continue;
      }
      if (row.headline !== file.headline || row.updatedAt !== file.updatedAt || (row.trashedAt === null) !== (file.trashedAt === null)) {
        findings.corrupt.push(`index: the row of ${row.id} disagrees with its file`);
      }
      await checkRevisionFiles(dataDir, row.id, acked, inFlightOn.get(row.id), findings);
    }
    for (const damaged of store.list().damaged) findings.corrupt.push(`damaged: ${damaged.id} → ${damaged.movedTo}: ${damaged.reason}`);
  } finally {
    await store.close();
  }
  findings.corrupt.push(...(await checkIndex(dataDir, files)));
  for (const name of await namesIn(join(dataDir, 'quarantine'))) findings.corrupt.push(`quarantined: ${name}`);

  for (const asset of acked.assets) {
    try {
      const bytes = await readFile(join(dataDir, 'assets', asset));
      if (!asset.startsWith(createHash('sha256').update(bytes).digest('hex'))) findings.corrupt.push(`assets/${asset}: wrong bytes`);
    } catch (error) {
      findings.lost.push(`assets/${asset}: ${errorMessage(error)}`);
    }
  }
  return findings;
}
