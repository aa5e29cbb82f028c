import { mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, posix } from 'node:path';
import { isDurableTempFile } from '../../../../main/services/library/durable-write';
import { type CrashFile, CrashModel, type CrashState, type FolderSnapshot, type ModelFaults, type PathVersion } from './crash-states';
import { describeOp, type RecordingFs } from './recording-fs';

/** Every file under `root` with its bytes and mtime, by relative path ("/"). */
export async function snapshotFolder(root: string): Promise<Map<string, CrashFile>> {
  const files = new Map<string, CrashFile>();
  const walk = async (rel: string): Promise<void> => {
    for (const entry of await readdir(join(root, rel), { withFileTypes: true })) {
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) {
        const full = join(root, path);
        files.set(path, { data: await readFile(full), mtimeMs: (await stat(full)).mtimeMs });
      }
    }
  };
  await walk('');
  return files;
}

/** Write a crash state into the empty folder `dir`, with each file's mtime as the disk would have kept it. */
async function materialize(files: ReadonlyMap<string, CrashFile>, dir: string): Promise<void> {
  for (const [path, file] of files) {
    const full = join(dir, path);
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, file.data);
    const seconds = file.mtimeMs / 1000;
    await utimes(full, seconds, seconds);
  }
}

/** What a test checks of a library opened from a crash state; resolves to problems found (empty: fine). */
export type LibraryCheck = (dir: string, files: ReadonlyMap<string, CrashFile>) => Promise<string[]>;

const isTemp = (path: string): boolean => isDurableTempFile(posix.basename(path));

/** Where a failure happened, for its message. */
function placeOf(recording: RecordingFs, state: CrashState): string {
  const op = recording.ops[state.step - 1];
  const after = op ? `after step ${state.step} (${describeOp(op, recording.handlePaths)})` : 'before the first step';
  return `power cut ${after}, ${state.kind}`;
}

/** Each file is a whole version its path held (the old or a new one), never empty, partial or foreign. */
function wholeVersionProblems(model: CrashModel, state: CrashState): string[] {
  const problems: string[] = [];
  for (const [path, file] of state.files) {
    if (isTemp(path)) continue;
    const versions = model.versions.get(path) ?? [];
    if (!versions.some((version) => version.data?.equals(file.data))) {
      problems.push(
        `${path} holds ${file.data.length === 0 ? 'nothing (empty)' : `${file.data.length} bytes that were never written whole`}`,
      );
    }
  }
  return problems;
}

/** Every write made before the last acknowledgement is still there, or a later version is. */
function acknowledgedProblems(model: CrashModel, recording: RecordingFs, state: CrashState): string[] {
  let ackStep = -1;
  recording.ops.slice(0, state.step).forEach((op, index) => {
    if (op.kind === 'ack') ackStep = index + 1;
  });
  if (ackStep < 0) return [];
  const ack = recording.ops[ackStep - 1];
  const label = ack?.kind === 'ack' ? ack.label : '';
  const problems: string[] = [];
  for (const [path, index] of model.expectedAt(ackStep)) {
    if (isTemp(path)) continue;
    const versions = model.versions.get(path) ?? [];
    const present = state.files.get(path)?.data ?? null;
    const holds = (version: PathVersion): boolean => (version.data === null ? present === null : present?.equals(version.data) === true);
    if (versions.slice(index).some(holds)) continue;
    const expected = versions[index]?.data === null ? 'removed' : 'written';
    // Bytes that were never a whole version are reported as such (wholeVersionProblems).
    if (present === null) problems.push(`${path} was ${expected} before "${label}" was acknowledged, but is missing`);
    else if (versions.slice(0, index).some(holds)) {
      problems.push(`${path} was ${expected} before "${label}" was acknowledged, but holds an older version`);
    }
  }
  return problems;
}

/**
 * Replay every state a power cut could leave during the recording (see
 * CrashModel) over the folder as it was before (`initial`): each file must
 * be a whole version, every acknowledged write must have survived, and
 * `check` (opening the library from a copy of that state) must find
 * nothing wrong. Resolves to the problems, at most `limit`, each with the
 * step and the kind of power cut; and the number of states checked.
 */
export async function replayPowerCuts(
  initial: FolderSnapshot,
  recording: RecordingFs,
  check: LibraryCheck,
  options: { faults?: ModelFaults; limit?: number } = {},
): Promise<{ problems: string[]; states: number }> {
  const limit = options.limit ?? 10;
  const model = new CrashModel(initial, options.faults);
  const problems: string[] = [];
  let states = 0;
  for (const state of model.states(recording.ops)) {
    states += 1;
    const found = [...wholeVersionProblems(model, state), ...acknowledgedProblems(model, recording, state)];
    const dir = await mkdtemp(join(tmpdir(), 'briefdesk-power-cut-'));
    try {
      await materialize(state.files, dir);
      found.push(...(await check(dir, state.files)));
    } catch (error) {
      found.push(`the library does not open: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    problems.push(...found.map((problem) => `${placeOf(recording, state)}: ${problem}`));
    if (problems.length >= limit) break;
  }
  return { problems: problems.slice(0, limit), states };
}
