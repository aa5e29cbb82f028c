import type { PathLike } from 'node:fs';
import * as fsPromises from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DurableFs } from '../../../../main/services/library/durable-fs';

/**
 * One call that changes what a power cut leaves on disk, as the durable
 * writer and the store made it. Paths are relative to the recorded folder
 * (with "/"), handles number the files opened.
 */
export type FsOp =
  | { kind: 'open'; path: string; handle: number; create: boolean }
  | { kind: 'write'; handle: number; data: Buffer }
  | { kind: 'fsync'; handle: number; mtimeMs: number }
  | { kind: 'fsyncDir'; path: string }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'unlink'; path: string }
  /** The application was told its call is done: what it wrote so far must survive. */
  | { kind: 'ack'; label: string };

function pathText(path: PathLike): string {
  if (typeof path === 'string') return path;
  if (path instanceof URL) return fileURLToPath(path);
  return path.toString();
}

function bytesOf(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data);
  if (data instanceof Uint8Array) return Buffer.from(data);
  throw new Error('The recording file system only records strings and byte arrays.');
}

/** How one op reads in a failure message. */
export function describeOp(op: FsOp, handles: ReadonlyMap<number, string>): string {
  switch (op.kind) {
    case 'open':
      return `${op.create ? 'create' : 'open'} ${op.path}`;
    case 'write':
      return `write ${op.data.length} bytes to ${handles.get(op.handle) ?? '?'}`;
    case 'fsync':
      return `fsync ${handles.get(op.handle) ?? '?'}`;
    case 'fsyncDir':
      return `fsync folder ${op.path || '.'}`;
    case 'rename':
      return `rename ${op.from} → ${op.to}`;
    case 'unlink':
      return `unlink ${op.path}`;
    case 'ack':
      return `acknowledged: ${op.label}`;
  }
}

/**
 * A file system for the durable writer (see useDurableFs) that does every
 * call for real and logs, in order, the opens, writes, fsyncs of files and
 * folders, renames and unlinks under `root` — what a power-cut replay needs.
 */
export class RecordingFs implements DurableFs {
  readonly root: string;
  readonly ops: FsOp[] = [];
  /** Handle number → the path it was opened at (for messages). */
  readonly handlePaths = new Map<number, string>();
  #nextHandle = 1;

  constructor(root: string) {
    this.root = root;
  }

  /** Mark that the application has been told an operation is done. */
  ack(label: string): void {
    this.ops.push({ kind: 'ack', label });
  }

  #relative(path: PathLike): string | null {
    const rel = relative(this.root, pathText(path));
    if (rel.startsWith('..')) return null;
    return rel.split(sep).join('/');
  }

  open: DurableFs['open'] = async (path, flags, mode) => {
    const rel = this.#relative(path);
    const create = typeof flags === 'string' && /[wa]/.test(flags);
    const handle = await fsPromises.open(path, flags, mode);
    if (rel === null) return handle;
    const isDir = !create && (await handle.stat()).isDirectory();
    const id = this.#nextHandle++;
    if (!isDir) {
      this.handlePaths.set(id, rel);
      this.ops.push({ kind: 'open', path: rel, handle: id, create });
    }
    const ops = this.ops;
    return new Proxy(handle, {
      get(target, property) {
        if (property === 'writeFile') {
          return async (data: string | Uint8Array) => {
            await target.writeFile(data);
            ops.push({ kind: 'write', handle: id, data: bytesOf(data) });
          };
        }
        if (property === 'sync') {
          return async () => {
            await target.sync();
            if (isDir) ops.push({ kind: 'fsyncDir', path: rel });
            else ops.push({ kind: 'fsync', handle: id, mtimeMs: (await target.stat()).mtimeMs });
          };
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };

  rename: DurableFs['rename'] = async (from, to) => {
    await fsPromises.rename(from, to);
    const relFrom = this.#relative(from);
    const relTo = this.#relative(to);
    if (relFrom !== null && relTo !== null) this.ops.push({ kind: 'rename', from: relFrom, to: relTo });
  };

  rm: DurableFs['rm'] = async (path, options) => {
    const existed = await fsPromises.stat(path).then(
      (info) => info.isFile(),
      () => false,
    );
    await fsPromises.rm(path, options);
    const rel = this.#relative(path);
    if (existed && rel !== null) this.ops.push({ kind: 'unlink', path: rel });
  };
}
