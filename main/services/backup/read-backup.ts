import { unzipSync } from 'fflate';
import { BriefdeskError } from '../../../shared/model/errors';
import { describeIssues, parseStoredBrief } from '../library/brief-validation';
import { errorMessage } from '../library/io-error';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupCounts,
  BackupManifest,
  countFiles,
  isSafeLibraryPath,
  MANIFEST_NAME,
} from './backup-format';
import { sha256 } from './write-backup';

/** One library file taken from a checked archive. */
export interface BackupFile {
  path: string;
  bytes: Uint8Array;
  mtimeMs: number;
}

/** An archive that passed every check: its manifest and files, ready to write. */
export interface CheckedBackup {
  manifest: BackupManifest;
  files: BackupFile[];
  counts: BackupCounts;
}

const BRIEF_PATH = /^articles\/([^/]+)\.json$/;

function refuse(name: string, problem: string): never {
  throw new BriefdeskError('invalid_input', `“${name}” cannot be restored: ${problem}`);
}

function unzip(bytes: Uint8Array, name: string): Record<string, Uint8Array> {
  if (bytes.byteLength === 0) refuse(name, 'the file is empty.');
  try {
    return unzipSync(bytes);
  } catch (error) {
    return refuse(name, `it is not a readable zip archive (it may be truncated or damaged: ${errorMessage(error)}).`);
  }
}

function readManifest(entries: Record<string, Uint8Array>, name: string): BackupManifest {
  const raw = entries[MANIFEST_NAME];
  if (raw === undefined) refuse(name, `it has no ${MANIFEST_NAME}, so it is not a Briefdesk library backup.`);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (error) {
    return refuse(name, `its ${MANIFEST_NAME} is not valid JSON (${errorMessage(error)}).`);
  }
  if (typeof value !== 'object' || value === null || Reflect.get(value, 'format') !== BACKUP_FORMAT) {
    refuse(name, `its ${MANIFEST_NAME} is not the manifest of a Briefdesk library backup.`);
  }
  const version = Reflect.get(value, 'version');
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    refuse(name, `it was made by a newer version of Briefdesk (backup format ${version}). Update Briefdesk to restore it.`);
  }
  const parsed = BackupManifest.safeParse(value);
  if (!parsed.success) refuse(name, `its ${MANIFEST_NAME} does not match the backup format: ${describeIssues(parsed.error)}.`);
  return parsed.data;
}

/** A brief file must be a brief the editor can open, under its own id. */
function checkBrief(path: string, bytes: Uint8Array, name: string): void {
  const id = BRIEF_PATH.exec(path)?.[1];
  if (id === undefined) return;
  try {
    const brief = parseStoredBrief(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)));
    if (brief.id !== id) throw new Error(`the brief inside has the id "${brief.id}"`);
  } catch (error) {
    refuse(name, `the brief file ${path} is not a valid brief (${errorMessage(error)}).`);
  }
}

/**
 * Check a backup archive completely before anything is written: a readable
 * zip, a manifest of this format and a known version, exactly the files it
 * lists (safe relative paths), each of the recorded size and SHA-256, and
 * every brief file a valid brief. Throws 'invalid_input' with a message
 * naming the archive (`name`) and what is wrong.
 */
export function checkBackup(bytes: Uint8Array, name: string): CheckedBackup {
  const entries = unzip(bytes, name);
  const manifest = readManifest(entries, name);
  const listed = new Set<string>();
  const files: BackupFile[] = [];
  for (const file of manifest.files) {
    if (!isSafeLibraryPath(file.path) || file.path === MANIFEST_NAME) refuse(name, `it lists a file outside the library (“${file.path}”).`);
    if (listed.has(file.path)) refuse(name, `its manifest lists ${file.path} twice.`);
    listed.add(file.path);
    const data = entries[file.path];
    if (data === undefined) refuse(name, `${file.path} is missing from the archive.`);
    if (data.byteLength !== file.size || sha256(data) !== file.sha256) {
      refuse(name, `${file.path} does not match its checksum (the archive is damaged).`);
    }
    checkBrief(file.path, data, name);
    files.push({ path: file.path, bytes: data, mtimeMs: file.mtimeMs });
  }
  const extra = Object.keys(entries).filter((path) => path !== MANIFEST_NAME && !listed.has(path) && !path.endsWith('/'));
  if (extra.length > 0) refuse(name, `it holds files its manifest does not list (${extra.slice(0, 3).join(', ')}).`);
  return { manifest, files, counts: countFiles(files.map((file) => file.path)) };
}
