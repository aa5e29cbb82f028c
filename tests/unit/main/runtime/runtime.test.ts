import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createRuntime, type Runtime, type RuntimeOptions, type RuntimeService } from '../../../../main/runtime/runtime';
import type { PdfPrinter } from '../../../../main/services/export/pdf-printer';
import { LibraryStore } from '../../../../main/services/library/library-store';
import { BriefdeskError } from '../../../../shared/model/errors';
import { call } from '../../support/handler-fixtures';
import { sampleContent, storeFixture } from '../../support/store-fixtures';

const fixture = storeFixture();

/** A PDF printer that prints nothing and counts its closes. */
function fakePrinter(): PdfPrinter & { close: ReturnType<typeof vi.fn> } {
  return { print: vi.fn(async () => new Uint8Array()), close: vi.fn(async () => undefined) };
}

/** A runtime on a new library folder, with its started and stopped parts recorded in order. */
async function runtimeOnNewLibrary(options: Partial<RuntimeOptions> = {}) {
  const dataDir = join(await fixture.tempDir(), 'Library');
  const runtime = createRuntime({ dataDir, version: '3.1.4', shell: 'browser', onError: () => undefined, ...options });
  const started: RuntimeService[] = [];
  const stopped: RuntimeService[] = [];
  runtime.events.on('started', (part) => started.push(part));
  runtime.events.on('stopped', (part) => stopped.push(part));
  return { dataDir, runtime, started, stopped };
}

/** Lets timers of 0 ms, pending I/O callbacks and setImmediate run. */
const aFewTurns = async (): Promise<void> => {
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve, 10));
};

async function stopped(runtime: Runtime): Promise<void> {
  await runtime.stop().catch(() => undefined);
}

describe('the runtime', () => {
  it('opens the library, makes the PDF printer, then starts the outbox, the automatic backups and the index check, in order', async () => {
    const printer = fakePrinter();
    const { runtime, started } = await runtimeOnNewLibrary({ pdfPrinter: () => printer, indexSyncAtOpen: false });
    const events: string[] = [];
    runtime.events.on('locked', () => events.push('locked'));
    runtime.events.on('started', (part) => events.push(part));
    try {
      const library = await runtime.start();
      expect(started).toEqual(['library', 'pdf-printer', 'outbox', 'auto-backups', 'index-sync']);
      expect(events[0]).toBe('locked');
      await library.current.indexSynced();
      expect(library.current.indexProgress().state).toBe('ready');
      expect(runtime.library).toBe(library);
      expect(await call(runtime.handlers, 'getAppInfo', {})).toEqual({ version: '3.1.4', shell: 'browser', dataDir: library.dataDir });
    } finally {
      await stopped(runtime);
    }
  });

  it('stops in the reverse order, the library last: a save acknowledged before the stop is on disk, the lock released', async () => {
    const printer = fakePrinter();
    const { dataDir, runtime, stopped: parts } = await runtimeOnNewLibrary({ pdfPrinter: () => printer });
    await runtime.start();
    const brief = (await call(runtime.handlers, 'createBrief', {})) as { id: string };
    await call(runtime.handlers, 'saveBrief', { id: brief.id, baseRevision: 0, content: sampleContent('Saved before the stop') });
    // Sent just before the stop: it must land too, not be cut off by the close.
    const lastSave = call(runtime.handlers, 'saveBrief', {
      id: brief.id,
      baseRevision: 1,
      content: sampleContent('Saved as the stop began'),
    });
    const stopping = runtime.stop();
    expect(await lastSave).toMatchObject({ revision: 2 });
    await stopping;
    expect(parts).toEqual(['auto-backups', 'outbox', 'pdf-printer', 'library']);
    expect(printer.close).toHaveBeenCalledTimes(1);

    const reopened = await fixture.open(dataDir);
    expect((await reopened.get(brief.id)).headline).toBe('Saved as the stop began');
    expect(reopened.list().briefs.map((row) => row.headline)).toEqual(['Saved as the stop began']);
  });

  it('starts the background services only once the first list has been answered', async () => {
    const { runtime, started } = await runtimeOnNewLibrary({
      indexSyncAtOpen: false,
      background: 'after-first-list',
      backgroundStartMs: 60_000,
    });
    const firstList = vi.fn();
    runtime.events.on('first-list', firstList);
    try {
      const library = await runtime.start();
      await aFewTurns();
      expect(started).toEqual(['library']);
      // A new library has no index.db yet; it is built from the files only once the first list was answered.
      expect(library.current.indexProgress()).toEqual({ state: 'rebuilding', done: 0, total: 0 });

      await call(runtime.handlers, 'listBriefs', {});
      await vi.waitFor(() => expect(started).toEqual(['library', 'outbox', 'auto-backups', 'index-sync']));
      await call(runtime.handlers, 'listBriefs', {});
      expect(firstList).toHaveBeenCalledTimes(1);
    } finally {
      await stopped(runtime);
    }
  });

  it('starts the background services at the deadline when no list is asked for', async () => {
    const { runtime, started } = await runtimeOnNewLibrary({ background: 'after-first-list', backgroundStartMs: 20 });
    try {
      await runtime.start();
      await vi.waitFor(() => expect(started).toEqual(['library', 'outbox', 'auto-backups', 'index-sync']));
    } finally {
      await stopped(runtime);
    }
  });

  it('does not start background services still waiting when it stops, and does not wait for their deadline', async () => {
    const { runtime, started, stopped: parts } = await runtimeOnNewLibrary({ background: 'after-first-list', backgroundStartMs: 60_000 });
    await runtime.start();
    const before = Date.now();
    await runtime.stop();
    await aFewTurns();
    expect(Date.now() - before).toBeLessThan(5_000);
    expect(started).toEqual(['library']);
    expect(parts).toEqual(['library']);
  });

  it('fails the calls made while a library that cannot be opened was opening, and later ones, with its error', async () => {
    const { dataDir, runtime } = await runtimeOnNewLibrary();
    await fixture.open(dataDir); // another Briefdesk has it open
    const early = runtime.handlers.listBriefs({ trash: false, sort: 'updated', offset: 0 });
    early.catch(() => undefined);
    const failure = await runtime.start().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(BriefdeskError);
    expect(failure).toMatchObject({ code: 'locked' });
    await expect(early).rejects.toBe(failure);
    await expect(runtime.handlers.getBrief({ id: 'abcdef12' })).rejects.toBe(failure);
    expect(runtime.library).toBeNull();
    await runtime.stop();
  });

  it('answers calls made while the library opens once it is open', async () => {
    const { runtime } = await runtimeOnNewLibrary();
    try {
      const early = runtime.handlers.listBriefs({ trash: false, sort: 'updated', offset: 0 });
      await runtime.start();
      expect(await early).toMatchObject({ briefs: [], total: 0, damaged: [] });
    } finally {
      await stopped(runtime);
    }
  });

  it('wakes its outbox runner, and answers woken: false where none runs', async () => {
    const withRunner = await runtimeOnNewLibrary();
    const without = await runtimeOnNewLibrary({ background: 'never' });
    try {
      await withRunner.runtime.start();
      await without.runtime.start();
      expect(await call(withRunner.runtime.handlers, 'wakeOutbox', {})).toEqual({ woken: true });
      expect(await call(without.runtime.handlers, 'wakeOutbox', {})).toEqual({ woken: false });
      expect(without.started).toEqual(['library']);
    } finally {
      await stopped(withRunner.runtime);
      await stopped(without.runtime);
    }
  });

  it('keeps serving after a switch to a restored library: the handlers follow the holder', async () => {
    const { runtime } = await runtimeOnNewLibrary();
    try {
      const library = await runtime.start();
      const kept = (await call(runtime.handlers, 'createBrief', {})) as { id: string };
      await call(runtime.handlers, 'saveBrief', { id: kept.id, content: sampleContent('In the backup') });
      const backup = (await call(runtime.handlers, 'backupLibrary', {})) as { fileName: string; dataBase64: string };
      await call(runtime.handlers, 'createBrief', {});
      const restored = (await call(runtime.handlers, 'restoreBackup', backup)) as { restoreId: string };
      const before = library.current;
      await call(runtime.handlers, 'switchLibrary', { restoreId: restored.restoreId });
      expect(library.current).not.toBe(before);
      // A backup holds no index.db: the restored library's index is rebuilt from its briefs, the list filling in.
      await library.current.indexSynced();
      const listing = (await call(runtime.handlers, 'listBriefs', {})) as { briefs: { id: string }[] };
      expect(listing.briefs.map((row) => row.id)).toEqual([kept.id]);
    } finally {
      await stopped(runtime);
    }
  });

  it('opens a library written by a newer Briefdesk read-only, or refuses it when asked to', async () => {
    const { dataDir, runtime } = await runtimeOnNewLibrary();
    const writer = await fixture.open(dataDir);
    await fixture.close(writer);
    await writeFile(join(dataDir, 'library.json'), JSON.stringify({ schemaVersion: 99 }));
    const refusing = createRuntime({ dataDir, version: '3.1.4', shell: 'cli', background: 'never', newerLibrary: 'refuse' });
    await expect(refusing.start()).rejects.toMatchObject({ code: 'unsupported' });
    try {
      const library = await runtime.start();
      expect(library.current.readOnly).toBe(true);
      expect(await call(runtime.handlers, 'getLibraryStatus', {})).toMatchObject({
        readOnly: true,
        notice: expect.stringContaining('newer'),
      });
    } finally {
      await stopped(runtime);
    }
    // The read-only library took no lock: nothing is left behind.
    await (await LibraryStore.open(dataDir, { readOnly: true })).close();
  });
});
