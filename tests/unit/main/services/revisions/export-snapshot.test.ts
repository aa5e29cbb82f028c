import { writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ApiHandlers, contract } from '../../../../../shared/api/contract';
import { BriefContent } from '../../../../../shared/model/brief';
import { createHandlers } from '../../../../../main/runtime/handlers/create-handlers';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { call } from '../../../support/handler-fixtures';
import { MINUTE, manualClock, revisionFiles } from '../../../support/revisions-fixtures';
import { sampleContent, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();

/** A library with a clock the test moves, its handlers, and one brief saved once (which takes an 'auto' revision). */
async function libraryWithBrief() {
  const dir = await fixture.tempDir();
  const clock = manualClock();
  const store = await fixture.open(dir, { now: clock.now });
  const handlers = createHandlers(store, { version: '1.2.3', shell: 'browser' });
  const { id } = await store.create();
  await store.save(id, sampleContent('Rail freight rates climb', 'Shippers brace for a costly spring.'), 0);
  return { dir, clock, store, handlers, id };
}

async function exportThrough(handlers: ApiHandlers, input: Record<string, unknown>) {
  return contract.exportBrief.output.parse(await call(handlers, 'exportBrief', input));
}

async function kinds(store: LibraryStore, id: string): Promise<string[]> {
  return (await store.revisions.list(id)).map((revision) => revision.kind);
}

describe('exportBrief: the snapshot flag', () => {
  it('without the flag (Preview) no revision is written', async () => {
    const { dir, clock, handlers, store, id } = await libraryWithBrief();
    const before = await revisionFiles(dir, id);
    clock.advance(10 * MINUTE);
    await exportThrough(handlers, { id, format: 'html' });
    await exportThrough(handlers, { id, format: 'json', snapshot: false });
    expect(await revisionFiles(dir, id)).toEqual(before);
    expect(await kinds(store, id)).toEqual(['auto']);
  });

  it('with the flag the brief as exported is kept as an export revision', async () => {
    const { clock, handlers, store, id } = await libraryWithBrief();
    clock.advance(MINUTE);
    const bundle = await exportThrough(handlers, { id, format: 'md', snapshot: true });
    expect(bundle.files[0]?.fileName).toBe('rail-freight-rates-climb.md');
    expect(bundle.warnings).toEqual([]);

    const [newest] = await store.revisions.list(id);
    expect(newest).toMatchObject({ kind: 'export', briefRevision: 1, createdAt: new Date(clock.time).toISOString() });
    const revision = await store.revisions.get(id, newest?.id ?? '');
    expect(revision.content).toEqual(BriefContent.parse(await store.get(id)));
  });

  it('exporting an unchanged brief again writes no second export revision; a change does', async () => {
    const { dir, clock, handlers, store, id } = await libraryWithBrief();
    clock.advance(MINUTE);
    await exportThrough(handlers, { id, format: 'html', snapshot: true });
    const afterFirst = await revisionFiles(dir, id);
    expect(afterFirst).toHaveLength(2);

    clock.advance(MINUTE);
    await exportThrough(handlers, { id, format: 'json', snapshot: true });
    await exportThrough(handlers, { id, format: 'md', snapshot: true });
    expect(await revisionFiles(dir, id)).toEqual(afterFirst);

    clock.advance(MINUTE);
    await store.save(id, sampleContent('Rail freight rates climb again', 'Shippers brace for a costly spring.'), 1);
    await exportThrough(handlers, { id, format: 'html', snapshot: true });
    expect(await kinds(store, id)).toEqual(['export', 'export', 'auto']);
    const [newest] = await store.revisions.list(id);
    expect((await store.revisions.get(id, newest?.id ?? '')).content.headline).toBe('Rail freight rates climb again');
  });

  it('the same content under another kind of revision still gets its export revision', async () => {
    const { clock, handlers, store, id } = await libraryWithBrief();
    clock.advance(MINUTE);
    await store.revisions.saveVersion(id, 'Sent for review');
    clock.advance(MINUTE);
    await exportThrough(handlers, { id, format: 'html', snapshot: true });
    expect(await kinds(store, id)).toEqual(['export', 'named', 'auto']);
  });

  it('the store returns the repeated revision rather than writing it twice', async () => {
    const { dir, clock, store, id } = await libraryWithBrief();
    const first = await store.revisions.snapshot(id, 'publish');
    clock.advance(MINUTE);
    const again = await store.revisions.snapshot(id, 'publish');
    expect(again).toEqual(first);
    expect(await revisionFiles(dir, id)).toHaveLength(2);
  });

  it('a revision that cannot be written is a warning; the export is still returned', async () => {
    const dir = await fixture.tempDir();
    const store = await fixture.open(dir);
    const handlers = createHandlers(store, { version: '1.2.3', shell: 'browser' });
    const { id } = await store.create();
    // Where the brief's revision folder belongs there is a file: no revision can be written.
    await mkdir(join(dir, 'revisions'), { recursive: true });
    await writeFile(join(dir, 'revisions', id), 'not a folder');

    const bundle = await exportThrough(handlers, { id, format: 'json', snapshot: true });
    expect(bundle.files).toHaveLength(1);
    expect(bundle.warnings).toHaveLength(1);
    expect(bundle.warnings[0]).toMatch(/^This export was not kept in the brief’s history: /);
  });
});
