import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BriefId } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { Revision, RevisionKind } from '../../../shared/revisions/revision';
import { describeIssues } from '../library/brief-validation';
import { DurableJsonFile } from '../library/durable-json-file';
import { isDurableTempFile, syncDirectory } from '../library/durable-write';
import { errorCode, ioError } from '../library/io-error';

/** The folder of revision folders (one per brief), relative to the data dir. */
export const REVISIONS_DIR = 'revisions';
/** Version of a revision file. Bump it with a migration. */
export const REVISION_SCHEMA_VERSION = 1;

/** A revision file: revisions/<briefId>/<revisionId>.json. */
const StoredRevision = Revision.extend({ schemaVersion: z.literal(REVISION_SCHEMA_VERSION) });
type StoredRevision = z.infer<typeof StoredRevision>;

/** `<time>-<kind>-<random>`: the id says when and why without reading the file. */
const ID_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z-]+)-[a-z0-9]{6}$/;
const FILE_PATTERN = /^(.+)\.json$/;

/** What a revision id tells: its time and kind. */
export interface RevisionIdInfo {
  id: string;
  createdAt: string;
  time: number;
  kind: RevisionKind;
}

/** A new revision id for a revision taken at `at`. */
export function newRevisionId(at: Date, kind: RevisionKind): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  const random = [...randomBytes(6)].map((byte) => (byte % 36).toString(36)).join('');
  return `${stamp}-${kind}-${random}`;
}

/** The time and kind an id was made with, or null when it is not a revision id. */
export function parseRevisionId(id: string): RevisionIdInfo | null {
  const match = ID_PATTERN.exec(id);
  if (!match) return null;
  const [, year, month, day, hour, minute, second, ms, kind] = match;
  const parsedKind = RevisionKind.safeParse(kind);
  if (!parsedKind.success) return null;
  const createdAt = `${year}-${month}-${day}T${hour}:${minute}:${second}.${ms}Z`;
  const time = Date.parse(createdAt);
  return Number.isFinite(time) ? { id, createdAt, time, kind: parsedKind.data } : null;
}

/**
 * revisions/<briefId> in the data dir. Throws 'not_found' for what is not a
 * brief id: one such as ".." would lead out of revisions/, and removing a
 * brief's history removes its folder.
 */
export function revisionFolder(dataDir: string, briefId: string): string {
  if (!BriefId.safeParse(briefId).success) throw new BriefdeskError('not_found', `There is no brief "${briefId}" in this library.`);
  return join(dataDir, REVISIONS_DIR, briefId);
}

/** revisions/<briefId>/<revisionId>.json in the data dir. */
export function revisionPath(dataDir: string, briefId: string, revisionId: string): string {
  return join(revisionFolder(dataDir, briefId), `${revisionId}.json`);
}

/** What a brief's revision folder holds: its revisions (by id) and how many temp files a crash left. */
export interface FolderListing {
  ids: RevisionIdInfo[];
  leftovers: number;
}

/** The revision files in a brief's folder (none when it does not exist). */
export async function listRevisionFolder(dataDir: string, briefId: string): Promise<FolderListing> {
  const dir = revisionFolder(dataDir, briefId);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { ids: [], leftovers: 0 };
    throw ioError('read', dir, error);
  }
  const ids: RevisionIdInfo[] = [];
  let leftovers = 0;
  for (const name of names) {
    if (isDurableTempFile(name)) leftovers += 1;
    const info = parseRevisionId(FILE_PATTERN.exec(name)?.[1] ?? '');
    if (info) ids.push(info);
  }
  return { ids, leftovers };
}

function parseStoredRevision(value: unknown, briefId: string, revisionId: string): StoredRevision {
  const parsed = StoredRevision.safeParse(value);
  if (!parsed.success) {
    throw new BriefdeskError('damaged', `Does not match the revision format: ${describeIssues(parsed.error)}`);
  }
  const info = parseRevisionId(revisionId);
  if (parsed.data.id !== revisionId || parsed.data.briefId !== briefId || parsed.data.kind !== info?.kind) {
    throw new BriefdeskError('damaged', 'The revision inside does not match its file name.');
  }
  return parsed.data;
}

/**
 * Read and check one revision file. Throws 'not_found' when it is missing,
 * 'damaged' with the reason when it is not a valid revision of that brief
 * under that id, 'io' when it cannot be read.
 */
export async function readRevisionFile(dataDir: string, briefId: string, revisionId: string): Promise<Revision> {
  const file = new DurableJsonFile(revisionPath(dataDir, briefId, revisionId), (value) => parseStoredRevision(value, briefId, revisionId));
  const stored = await file.read();
  if (stored === null) throw new BriefdeskError('not_found', `There is no revision "${revisionId}" of this brief.`);
  const { schemaVersion: _version, ...revision } = stored;
  return revision;
}

/**
 * Write a revision file durably (temp file, fsync, rename, fsync of the
 * folder), creating the brief's folder — durably too — the first time.
 */
export async function writeRevisionFile(dataDir: string, revision: Revision): Promise<void> {
  const root = join(dataDir, REVISIONS_DIR);
  const dir = revisionFolder(dataDir, revision.briefId);
  const created = await mkdir(dir, { recursive: true }).catch((error: unknown) => {
    throw ioError('write', dir, error);
  });
  if (created !== undefined) {
    if (created === root) await syncDirectory(dataDir);
    await syncDirectory(root);
  }
  const stored: StoredRevision = { schemaVersion: REVISION_SCHEMA_VERSION, ...revision };
  await new DurableJsonFile<StoredRevision>(revisionPath(dataDir, revision.briefId, revision.id), (value) =>
    parseStoredRevision(value, revision.briefId, revision.id),
  ).write(stored);
}

/** Delete revision files (thinning). Not fsynced: a deletion lost in a crash is thinned again later. */
export async function removeRevisionFiles(dataDir: string, briefId: string, revisionIds: readonly string[]): Promise<void> {
  await Promise.all(
    revisionIds.map((id) => {
      const path = revisionPath(dataDir, briefId, id);
      return rm(path, { force: true }).catch((error: unknown) => {
        throw ioError('delete', path, error);
      });
    }),
  );
}

/** Delete a brief's whole revision folder (the brief is deleted for good). */
export async function removeRevisionFolder(dataDir: string, briefId: string): Promise<void> {
  const dir = revisionFolder(dataDir, briefId);
  await rm(dir, { recursive: true, force: true }).catch((error: unknown) => {
    throw ioError('delete', dir, error);
  });
  await syncDirectory(join(dataDir, REVISIONS_DIR)).catch((error: unknown) => {
    if (errorCode(error instanceof BriefdeskError ? error.cause : error) !== 'ENOENT') throw error;
  });
}
