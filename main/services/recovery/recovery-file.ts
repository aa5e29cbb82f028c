import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { BriefId } from '../../../shared/model/brief';
import { BriefdeskError } from '../../../shared/model/errors';
import { RecoveryDraft } from '../../../shared/recovery/recovery-draft';
import { describeIssues } from '../library/brief-validation';
import { errorCode, ioError } from '../library/io-error';
import { readJsonFile } from '../library/read-json-file';

/** The folder of recovery files, relative to the data dir. */
export const RECOVERY_DIR = 'recovery';

/** Version of the recovery file format. */
export const RECOVERY_SCHEMA_VERSION = 1;

/** recovery/<briefId>.json: the unsaved edits of one brief, one draft per window. */
export const RecoveryFile = z.object({
  schemaVersion: z.literal(RECOVERY_SCHEMA_VERSION),
  briefId: BriefId,
  drafts: z.array(RecoveryDraft),
});
export type RecoveryFile = z.infer<typeof RecoveryFile>;

const FILE_NAME = /^(.+)\.json$/;

export function recoveryPath(dataDir: string, briefId: string): string {
  return join(dataDir, RECOVERY_DIR, `${briefId}.json`);
}

/**
 * Read a brief's recovery file: null when there is none. Throws
 * BriefdeskError('damaged') with the reason when it does not parse or does
 * not match the format (or belongs to another brief).
 */
export async function readRecoveryFile(dataDir: string, briefId: string): Promise<RecoveryFile | null> {
  return readJsonFile(recoveryPath(dataDir, briefId), (value) => {
    const parsed = RecoveryFile.safeParse(value);
    if (!parsed.success) throw new BriefdeskError('damaged', `Does not match the recovery format: ${describeIssues(parsed.error)}`);
    if (parsed.data.briefId !== briefId) throw new BriefdeskError('damaged', `It belongs to another brief (${parsed.data.briefId}).`);
    return parsed.data;
  });
}

/**
 * Replace a brief's recovery file. A plain write (temp file, then rename, no
 * fsync): the process that writes it outlives the window whose edits it
 * keeps, and a torn file is caught by validation on read.
 */
export async function writeRecoveryFile(dataDir: string, file: RecoveryFile): Promise<void> {
  const path = recoveryPath(dataDir, file.briefId);
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(join(dataDir, RECOVERY_DIR), { recursive: true });
    await writeFile(temp, JSON.stringify(file));
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw ioError('write', path, error);
  }
}

/** Delete a brief's recovery file (nothing happens when there is none). */
export async function removeRecoveryFile(dataDir: string, briefId: string): Promise<void> {
  const path = recoveryPath(dataDir, briefId);
  await rm(path, { force: true }).catch((error: unknown) => {
    throw ioError('delete', path, error);
  });
}

/** The brief ids that have a recovery file (leftover temp files are not listed). */
export async function listRecoveryIds(dataDir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(join(dataDir, RECOVERY_DIR));
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return [];
    throw ioError('read', join(dataDir, RECOVERY_DIR), error);
  }
  return names.flatMap((name) => {
    const id = FILE_NAME.exec(name)?.[1];
    return id !== undefined && BriefId.safeParse(id).success ? [id] : [];
  });
}
