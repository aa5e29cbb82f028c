import { createHash } from 'node:crypto';
import { posix } from 'node:path';
import type { FsOp } from './recording-fs';

/** A file as a power cut leaves it: its bytes and modification time. */
export interface CrashFile {
  data: Buffer;
  mtimeMs: number;
}

/** Files by path (relative, "/"), as on disk before the recording began. */
export type FolderSnapshot = ReadonlyMap<string, CrashFile>;

/**
 * How a power cut can leave the disk (after the ALICE study's model of
 * ext4-like file systems):
 * - `synced`: only what was fsynced survives — file data after its fsync,
 *   a folder's entries (new names, renames, unlinks) after the folder's fsync;
 * - `entries-first`: every folder change reached the disk but file data only
 *   where it was fsynced (the classic "empty file after a crash");
 * - `process-crash`: everything written survives (the process died, the
 *   machine did not).
 */
export type CrashKind = 'synced' | 'entries-first' | 'process-crash';

/** What the disk may hold after a power cut once the first `step` ops had happened. */
export interface CrashState {
  step: number;
  kind: CrashKind;
  files: Map<string, CrashFile>;
  /** Stable digest of the files (equal states are checked once between two acknowledgements). */
  digest: string;
}

/** One version a path held: the bytes renamed (or first written) there, null when it was removed. */
export interface PathVersion {
  step: number;
  data: Buffer | null;
}

/** Faults to plant in the model, as if the writer lacked a call. */
export interface ModelFaults {
  /** Treat fsyncs of files as never made. */
  skipFileFsync?: boolean;
  /** Treat fsyncs of folders as never made. */
  skipFolderFsync?: boolean;
}

interface Inode {
  volatile: Buffer;
  durable: Buffer;
  volatileMtimeMs: number;
  durableMtimeMs: number;
}

function digestOf(files: ReadonlyMap<string, CrashFile>): string {
  const hash = createHash('sha256');
  for (const [path, file] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    hash.update(path).update('\0').update(file.data).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Replays a recorded log over the folder as it was, step by step, and
 * yields the states a power cut after each step could leave (equal states
 * once). Also fills `versions`: every version each path held, in order.
 */
export class CrashModel {
  readonly versions = new Map<string, PathVersion[]>();
  readonly #inodes = new Map<number, Inode>();
  /** Path → inode as the running process sees it. */
  readonly #names = new Map<string, number>();
  /** Path → inode as the disk has it since each folder's last fsync. */
  readonly #durableNames = new Map<string, number>();
  readonly #handles = new Map<number, number>();
  readonly #faults: ModelFaults;
  #nextInode = 1;

  constructor(initial: FolderSnapshot, faults: ModelFaults = {}) {
    this.#faults = faults;
    for (const [path, file] of initial) {
      const inode = this.#nextInode++;
      this.#inodes.set(inode, { volatile: file.data, durable: file.data, volatileMtimeMs: file.mtimeMs, durableMtimeMs: file.mtimeMs });
      this.#names.set(path, inode);
      this.#durableNames.set(path, inode);
      this.versions.set(path, [{ step: 0, data: file.data }]);
    }
  }

  /** The states a power cut could leave after each prefix of `ops` (step 0: before the first). */
  *states(ops: readonly FsOp[]): Generator<CrashState> {
    const seen = new Set<string>();
    let lastAck = 0;
    for (let step = 0; step <= ops.length; step += 1) {
      const op = ops[step - 1];
      if (op) this.#apply(op, step);
      if (op?.kind === 'ack') lastAck = step;
      for (const kind of ['synced', 'entries-first', 'process-crash'] as const) {
        const files = this.#stateOf(kind);
        const digest = digestOf(files);
        // The same files are checked again after a new acknowledgement, which may expect more of them.
        if (seen.has(`${lastAck}:${digest}`)) continue;
        seen.add(`${lastAck}:${digest}`);
        yield { step, kind, files, digest };
      }
    }
  }

  /** The version index at `step` of every path the process could see then (what an acknowledgement covers). */
  expectedAt(step: number): Map<string, number> {
    const expected = new Map<string, number>();
    for (const [path, versions] of this.versions) {
      let index = -1;
      versions.forEach((version, at) => {
        if (version.step <= step) index = at;
      });
      if (index >= 0) expected.set(path, index);
    }
    return expected;
  }

  #stateOf(kind: CrashKind): Map<string, CrashFile> {
    const names = kind === 'synced' ? this.#durableNames : this.#names;
    const files = new Map<string, CrashFile>();
    for (const [path, inodeId] of names) {
      const inode = this.#inodes.get(inodeId);
      if (!inode) continue;
      files.set(
        path,
        kind === 'process-crash'
          ? { data: inode.volatile, mtimeMs: inode.volatileMtimeMs }
          : { data: inode.durable, mtimeMs: inode.durableMtimeMs },
      );
    }
    return files;
  }

  #addVersion(path: string, step: number, data: Buffer | null): void {
    const list = this.versions.get(path) ?? [];
    list.push({ step, data });
    this.versions.set(path, list);
  }

  #apply(op: FsOp, step: number): void {
    switch (op.kind) {
      case 'open': {
        let inodeId = this.#names.get(op.path);
        if (op.create || inodeId === undefined) {
          inodeId = this.#nextInode++;
          this.#inodes.set(inodeId, { volatile: Buffer.alloc(0), durable: Buffer.alloc(0), volatileMtimeMs: 0, durableMtimeMs: 0 });
          this.#names.set(op.path, inodeId);
          this.#addVersion(op.path, step, Buffer.alloc(0));
        }
        this.#handles.set(op.handle, inodeId);
        return;
      }
      case 'write': {
        const inode = this.#inodes.get(this.#handles.get(op.handle) ?? -1);
        if (inode) inode.volatile = Buffer.concat([inode.volatile, op.data]);
        return;
      }
      case 'fsync': {
        const inode = this.#inodes.get(this.#handles.get(op.handle) ?? -1);
        if (!inode) return;
        inode.volatileMtimeMs = op.mtimeMs;
        if (this.#faults.skipFileFsync) return;
        inode.durable = inode.volatile;
        inode.durableMtimeMs = op.mtimeMs;
        return;
      }
      case 'rename': {
        const inodeId = this.#names.get(op.from);
        if (inodeId === undefined) return;
        this.#names.delete(op.from);
        this.#names.set(op.to, inodeId);
        this.#addVersion(op.from, step, null);
        this.#addVersion(op.to, step, this.#inodes.get(inodeId)?.volatile ?? null);
        return;
      }
      case 'unlink':
        if (this.#names.delete(op.path)) this.#addVersion(op.path, step, null);
        return;
      case 'fsyncDir':
        if (!this.#faults.skipFolderFsync) this.#syncFolder(op.path);
        return;
      case 'ack':
        return;
    }
  }

  /** The folder's entries as the process sees them become what the disk has. */
  #syncFolder(folder: string): void {
    const inFolder = (path: string) => posix.dirname(path) === (folder === '' ? '.' : folder);
    for (const path of [...this.#durableNames.keys()]) {
      if (inFolder(path) && !this.#names.has(path)) this.#durableNames.delete(path);
    }
    for (const [path, inodeId] of this.#names) {
      if (inFolder(path)) this.#durableNames.set(path, inodeId);
    }
  }
}
