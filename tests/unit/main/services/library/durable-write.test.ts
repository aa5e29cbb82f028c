import * as fsPromises from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import { mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type DurableFs,
  isDurableTempFile,
  removeLeftoverTempFiles,
  syncDirectory,
  writeFileDurable,
  writeFileDurableStamped,
} from '../../../../../main/services/library/durable-write';
import { durableFs, useDurableFs } from '../../../../../main/services/library/durable-fs';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefdesk-durable-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

/** The real file system, with one call replaced by a failure. */
function failing(call: 'open' | 'rename', code: string): DurableFs {
  const fail = async () => {
    throw systemError(code);
  };
  return { open: fsPromises.open, rename: fsPromises.rename, rm: fsPromises.rm, [call]: fail };
}

/** The real file system, whose folders' fsync fails with `code` (files still sync). */
function folderSyncFailing(code: string): DurableFs {
  return {
    open: async (...args: Parameters<typeof fsPromises.open>) => {
      const handle = await fsPromises.open(...args);
      if ((await handle.stat()).isDirectory()) {
        handle.sync = async () => {
          throw systemError(code);
        };
      }
      return handle;
    },
    rename: fsPromises.rename,
    rm: fsPromises.rm,
  };
}

describe('writeFileDurable', () => {
  it('writes the content and leaves no temp file', async () => {
    const target = join(dir, 'brief.json');
    await writeFileDurable(target, '{"a":1}');
    await writeFileDurable(target, new Uint8Array([0x7b, 0x7d]));
    expect(await readFile(target, 'utf8')).toBe('{}');
    expect(await readdir(dir)).toEqual(['brief.json']);
  });

  it("tells the written file's size and mtime, as the file has them after the rename", async () => {
    const target = join(dir, 'brief.json');
    const written = await writeFileDurableStamped(target, '{"headline":"Stamped"}');
    const info = await stat(target);
    expect(written).toEqual({ fileSize: info.size, mtimeMs: info.mtimeMs });
    expect(written.fileSize).toBe(22);
  });

  it('fails with a clear io error when the folder is a file, leaving nothing behind', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'x');
    const target = join(dir, 'not-a-folder', 'brief.json');
    await expect(writeFileDurable(target, 'data')).rejects.toMatchObject({
      name: 'BriefdeskError',
      code: 'io',
      message: `Could not save "${target}". Part of its path is a file, not a folder.`,
    });
    expect(await readdir(dir)).toEqual(['not-a-folder']);
  });

  it('reports a full disk, removes the temp file and keeps the old file', async () => {
    const target = join(dir, 'library.json');
    await writeFile(target, 'old content');
    const error = writeFileDurable(target, 'new content', failing('rename', 'ENOSPC'));
    await expect(error).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('The disk is full') });
    await expect(error).rejects.toMatchObject({ message: expect.stringContaining(target) });
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['library.json']);
  });

  it.each(['EROFS', 'EACCES', 'EPERM'])('reports %s as a read-only library folder', async (code) => {
    const target = join(dir, 'library.json');
    await writeFile(target, 'old content');
    await expect(writeFileDurable(target, 'new', failing('open', code))).rejects.toMatchObject({
      code: 'io',
      message: expect.stringContaining('The library folder is read-only'),
    });
    expect(await readFile(target, 'utf8')).toBe('old content');
    expect(await readdir(dir)).toEqual(['library.json']);
  });

  it("fails when the folder's fsync fails: the save may not survive a power cut, so it is not reported as done", async () => {
    const target = join(dir, 'library.json');
    const error = writeFileDurable(target, 'new content', folderSyncFailing('EIO'));
    await expect(error).rejects.toMatchObject({ code: 'io', message: expect.stringContaining(dir) });
  });

  it.each(['EISDIR', 'EINVAL', 'ENOTSUP', 'EPERM', 'EACCES'])(
    'saves where the file system cannot fsync a folder (%s): the rename is as durable as it gets there',
    async (code) => {
      const target = join(dir, 'library.json');
      await writeFileDurable(target, 'new content', folderSyncFailing(code));
      expect(await readFile(target, 'utf8')).toBe('new content');
    },
  );
});

describe("the folder's fsync", () => {
  it('closes the folder it opened, also when the fsync fails, so saves never run out of file handles', async () => {
    const opened: FileHandle[] = [];
    const closed = new Set<FileHandle>();
    const fs = folderSyncFailing('EINVAL');
    const recording: DurableFs = {
      ...fs,
      open: async (...args: Parameters<typeof fsPromises.open>) => {
        const handle = await fs.open(...args);
        opened.push(handle);
        const close = handle.close.bind(handle);
        handle.close = async () => {
          closed.add(handle);
          await close();
        };
        return handle;
      },
    };
    await writeFileDurable(join(dir, 'library.json'), 'new content', recording);
    await syncDirectory(dir, recording);
    expect(opened).toHaveLength(3); // the temp file, the folder after the rename, the folder again
    expect(opened.filter((handle) => !closed.has(handle))).toEqual([]);
  });
});

describe('the file system durable writes use', () => {
  it('is the one a test put in place until it is released, then the previous one again', async () => {
    const renames: string[] = [];
    const recording: DurableFs = {
      open: fsPromises.open,
      rm: fsPromises.rm,
      rename: async (from, to) => {
        renames.push(String(to));
        await fsPromises.rename(from, to);
      },
    };
    const release = useDurableFs(recording);
    expect(durableFs()).toBe(recording);
    await writeFileDurable(join(dir, 'a.json'), '1');
    release();
    expect(durableFs()).toBe(fsPromises);
    await writeFileDurable(join(dir, 'b.json'), '2');
    expect(renames).toEqual([join(dir, 'a.json')]);
    expect(await readFile(join(dir, 'b.json'), 'utf8')).toBe('2');
  });
});

describe('leftover temp files', () => {
  it('recognises and removes only temp files', async () => {
    await writeFile(join(dir, 'brief.json'), '{}');
    await writeFile(join(dir, '.brief.json.a1b2c3d4e5f6.tmp'), 'half');
    expect(isDurableTempFile('.brief.json.a1b2c3d4e5f6.tmp')).toBe(true);
    expect(isDurableTempFile('brief.json')).toBe(false);
    expect(await removeLeftoverTempFiles(dir)).toBe(1);
    expect(await readdir(dir)).toEqual(['brief.json']);
    expect(await removeLeftoverTempFiles(join(dir, 'missing'))).toBe(0);
  });

  it("leaves a user's own files that only look like temp files", async () => {
    // Not starting with a dot, or with more after .tmp: not a durable write's temp file.
    const kept = ['notes.draft.0123456789ab.tmp', '.brief.json.a1b2c3d4e5f6.tmp.bak'];
    for (const name of kept) await writeFile(join(dir, name), 'keep me');
    expect(kept.map(isDurableTempFile)).toEqual([false, false]);
    expect(await removeLeftoverTempFiles(dir)).toBe(0);
    expect((await readdir(dir)).sort()).toEqual([...kept].sort());
  });

  it('reports a library folder it cannot read instead of taking it for empty', async () => {
    await writeFile(join(dir, 'not-a-folder'), 'x');
    await expect(removeLeftoverTempFiles(join(dir, 'not-a-folder'))).rejects.toMatchObject({ code: 'io' });
  });
});
