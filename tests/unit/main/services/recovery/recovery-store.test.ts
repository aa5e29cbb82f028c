import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_DRAFTS_PER_BRIEF, RecoveryStore } from '../../../../../main/services/recovery/recovery-store';
import type { LibraryStore } from '../../../../../main/services/library/library-store';
import { BriefdeskError } from '../../../../../shared/model/errors';
import { call, expectFailure, handlersOnNewLibrary } from '../../../support/handler-fixtures';
import { allFiles } from '../../../support/revisions-fixtures';
import { sampleContent, steppingClock, storeFixture } from '../../../support/store-fixtures';

const fixture = storeFixture();
const WINDOW_A = 'window-aaaaaaaa';
const WINDOW_B = 'window-bbbbbbbb';

async function recoveryFile(dataDir: string, id: string): Promise<unknown> {
  return JSON.parse(await readFile(join(dataDir, 'recovery', `${id}.json`), 'utf8'));
}

async function recoveryNames(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'recovery')).catch(() => [])).sort();
}

/**
 * A library with one saved brief, and a recovery store on it whose clock
 * moves a second on every reading: drafts stashed one after another are
 * never stamped with the same millisecond, so "newest first" is decided
 * by the order of the stashes, never by chance.
 */
async function setup(): Promise<{ store: LibraryStore; recovery: RecoveryStore; id: string }> {
  const store = await fixture.open(await fixture.tempDir());
  const brief = await store.createFrom(sampleContent('Ports brace for a quieter season'));
  return { store, recovery: new RecoveryStore(store, { now: steppingClock(Date.parse('2025-05-01T10:00:00.000Z')) }), id: brief.id };
}

describe('recovery drafts', () => {
  it('writes a window’s draft, replaces it on the next stash, and offers it', async () => {
    const { store, recovery, id } = await setup();
    await recovery.stash(id, WINDOW_A, 0, sampleContent('Ports brace for a quieter seas'));
    await recovery.stash(id, WINDOW_A, 0, sampleContent('Ports brace for a quieter season ahead'));

    const file = await recoveryFile(store.dataDir, id);
    expect(file).toMatchObject({ schemaVersion: 1, briefId: id, drafts: [{ writer: WINDOW_A, baseRevision: 0 }] });
    expect((file as { drafts: unknown[] }).drafts).toHaveLength(1);
    expect(file).toMatchObject({ drafts: [{ content: { headline: 'Ports brace for a quieter season ahead' } }] });

    const listing = await recovery.list(id);
    expect(listing.problems).toEqual([]);
    expect(listing.offers).toEqual([
      expect.objectContaining({
        id,
        writer: WINDOW_A,
        baseRevision: 0,
        briefRevision: 0,
        headline: 'Ports brace for a quieter season ahead',
      }),
    ]);
  });

  it('keeps the drafts of two windows apart; dropping one leaves the other', async () => {
    const { store, recovery, id } = await setup();
    await recovery.stash(id, WINDOW_A, 0, sampleContent('Edited in the first window'));
    await recovery.stash(id, WINDOW_B, 0, sampleContent('Edited in the second window'));
    await recovery.drop(id, WINDOW_A);

    const { offers } = await recovery.list(id);
    expect(offers.map((offer) => [offer.writer, offer.headline])).toEqual([[WINDOW_B, 'Edited in the second window']]);
    await recovery.drop(id, WINDOW_B);
    expect(await recoveryNames(store.dataDir)).toEqual([]);
  });

  it('deletes the file once a save covers the draft and the window drops it', async () => {
    const { store, recovery, id } = await setup();
    const edited = sampleContent('Ports brace for a busier season');
    await recovery.stash(id, WINDOW_A, 0, edited);
    await store.save(id, edited, 0);
    await recovery.drop(id, WINDOW_A);
    expect(await recoveryNames(store.dataDir)).toEqual([]);
    expect((await recovery.list()).offers).toEqual([]);
  });

  it('quietly forgets a draft equal to what was saved (the window closed before dropping it)', async () => {
    const { store, recovery, id } = await setup();
    const edited = sampleContent('Ports brace for a busier season');
    await recovery.stash(id, WINDOW_A, 0, edited);
    await store.save(id, edited, 0);

    const reopened = new RecoveryStore(store);
    expect(await reopened.list()).toEqual({ offers: [], problems: [] });
    expect(await recoveryNames(store.dataDir)).toEqual([]);
  });

  it('lists every brief’s drafts newest first after a restart, and none of briefs in the Trash', async () => {
    const { store, recovery, id } = await setup();
    const other = await store.createFrom(sampleContent('Rail freight finds new routes'));
    const trashed = await store.createFrom(sampleContent('A brief in the Trash'));
    await recovery.stash(id, WINDOW_A, 0, sampleContent('Older unsaved edits'));
    await recovery.stash(other.id, WINDOW_A, 0, sampleContent('Newer unsaved edits'));
    await recovery.stash(trashed.id, WINDOW_A, 0, sampleContent('Edits of a trashed brief'));
    await store.trash(trashed.id);

    const { offers } = await new RecoveryStore(store).list();
    expect(offers.map((offer) => offer.headline)).toEqual(['Newer unsaved edits', 'Older unsaved edits']);
    expect(await recoveryNames(store.dataDir)).toHaveLength(3);
  });

  it(`keeps the drafts of the ${MAX_DRAFTS_PER_BRIEF} windows that stashed last, newest first, stamped with the time of the stash`, async () => {
    const { recovery, id } = await setup();
    const windows = Array.from({ length: MAX_DRAFTS_PER_BRIEF + 1 }, (_, index) => `window-${String(index).padStart(8, '0')}`);
    for (const writer of windows) await recovery.stash(id, writer, 0, sampleContent(`Typed in ${writer}`));
    // The first window stashes again: it is the newest now, and the second is the oldest one left out.
    await recovery.stash(id, windows[0] ?? '', 0, sampleContent('Typed again in the first window'));

    const { offers } = await recovery.list(id);
    expect(offers.map((offer) => offer.writer)).toEqual([windows[0], ...windows.slice(2).reverse()]);
    expect(offers[0]).toMatchObject({ headline: 'Typed again in the first window', stashedAt: '2025-05-01T10:00:09.000Z' });
    expect(offers.at(-1)?.stashedAt).toBe('2025-05-01T10:00:02.000Z');
  });

  it('recovers a draft: saves it as the brief, keeps nothing extra when the brief had not moved on', async () => {
    const { store, recovery, id } = await setup();
    await recovery.stash(id, WINDOW_A, 0, sampleContent('Recovered headline', 'Text typed just before the crash.'));

    const result = await new RecoveryStore(store).recover(id, WINDOW_A);
    expect(result.keptRevisionId).toBeNull();
    expect(result.brief).toMatchObject({ revision: 1, headline: 'Recovered headline' });
    expect(await store.get(id)).toMatchObject({ headline: 'Recovered headline' });
    expect(await recoveryNames(store.dataDir)).toEqual([]);
    expect((await store.revisions.list(id)).some((revision) => revision.kind === 'before-restore')).toBe(false);
  });

  it('recovering over a brief saved elsewhere since keeps its current state as a revision first', async () => {
    const { store, recovery, id } = await setup();
    await recovery.stash(id, WINDOW_A, 0, sampleContent('The crashed window’s headline'));
    await store.save(id, sampleContent('Saved from another window'), 0);

    const result = await recovery.recover(id, WINDOW_A);
    expect(result.brief).toMatchObject({ revision: 2, headline: 'The crashed window’s headline' });
    expect(result.keptRevisionId).not.toBeNull();
    const kept = await store.revisions.get(id, result.keptRevisionId ?? '');
    expect(kept).toMatchObject({ kind: 'before-restore', briefRevision: 1, content: { headline: 'Saved from another window' } });
  });

  it('refuses to recover a draft that is no longer kept', async () => {
    const { recovery, id } = await setup();
    await expect(recovery.recover(id, WINDOW_A)).rejects.toMatchObject({ code: 'not_found' });
  });

  it('refuses a stash for a brief that does not exist', async () => {
    const { recovery } = await setup();
    await expect(recovery.stash('01JNZ5Y3K2M4P6Q8R0S2T4V6X8', WINDOW_A, 0, sampleContent('Nowhere'))).rejects.toMatchObject({
      code: 'not_found',
    });
  });
});

describe('damaged recovery files', () => {
  for (const [label, text] of [
    ['not JSON', '{"schemaVersion": 1, "briefId": '],
    ['the wrong shape', JSON.stringify({ schemaVersion: 1, briefId: 'x', drafts: 'none' })],
    ['empty', ''],
  ] as const) {
    it(`moves a recovery file that is ${label} to quarantine/ and says so`, async () => {
      const { store, id } = await setup();
      await mkdir(join(store.dataDir, 'recovery'), { recursive: true });
      await writeFile(join(store.dataDir, 'recovery', `${id}.json`), text);

      const listing = await new RecoveryStore(store).list();
      expect(listing.offers).toEqual([]);
      expect(listing.problems).toHaveLength(1);
      expect(listing.problems[0]).toContain('“Ports brace for a quieter season”');
      expect(listing.problems[0]).toMatch(/moved to quarantine\/recovery-/);
      expect(await recoveryNames(store.dataDir)).toEqual([]);
      const quarantined = (await readdir(join(store.dataDir, 'quarantine'))).filter((name) => name.startsWith(`recovery-${id}`));
      expect(quarantined).toHaveLength(1);
      expect(await readFile(join(store.dataDir, 'quarantine', quarantined[0] ?? ''), 'utf8')).toBe(text);
    });
  }

  it('a stash over a damaged file sets it aside and starts a fresh one', async () => {
    const { store, id } = await setup();
    await mkdir(join(store.dataDir, 'recovery'), { recursive: true });
    await writeFile(join(store.dataDir, 'recovery', `${id}.json`), 'garbage');
    const recovery = new RecoveryStore(store);
    await recovery.stash(id, WINDOW_A, 0, sampleContent('Fresh edits'));
    const listing = await recovery.list(id);
    expect(listing.offers.map((offer) => offer.headline)).toEqual(['Fresh edits']);
    expect(listing.problems).toHaveLength(1);
  });
});

describe('read-only libraries', () => {
  it('keep nothing, move nothing, and still report a damaged recovery file', async () => {
    const { store, recovery, id } = await setup();
    await recovery.stash(id, WINDOW_A, 0, sampleContent('Kept before the library went read-only'));
    await mkdir(join(store.dataDir, 'recovery'), { recursive: true });
    const other = await store.createFrom(sampleContent('Another brief'));
    await writeFile(join(store.dataDir, 'recovery', `${other.id}.json`), 'not json');
    await fixture.close(store);
    const before = await allFiles(store.dataDir);

    const readOnly = await fixture.open(store.dataDir, { readOnly: true });
    const recoveryReadOnly = new RecoveryStore(readOnly);
    await expect(recoveryReadOnly.stash(id, WINDOW_B, 1, sampleContent('Not kept'))).rejects.toBeInstanceOf(BriefdeskError);
    await expect(recoveryReadOnly.drop(id, WINDOW_A)).rejects.toMatchObject({ code: 'io' });
    await expect(recoveryReadOnly.recover(id, WINDOW_A)).rejects.toMatchObject({ code: 'io' });
    const listing = await recoveryReadOnly.list();
    expect(listing.offers.map((offer) => offer.headline)).toEqual(['Kept before the library went read-only']);
    expect(listing.problems).toEqual([expect.stringContaining('could not be read (recovery/')]);
    expect(await allFiles(store.dataDir)).toEqual(before);
  });
});

describe('recovery through the contract', () => {
  it('stashDraft, listRecoveries, recoverDraft and dropDraft validate their input and work end to end', async () => {
    const { handlers, store } = await handlersOnNewLibrary(fixture);
    const brief = await store.createFrom(sampleContent('Through the contract'));
    await expectFailure(
      handlers,
      'stashDraft',
      { id: brief.id, writer: 'no', baseRevision: 0, content: sampleContent('x') },
      'invalid_input',
    );
    await expectFailure(
      handlers,
      'stashDraft',
      { id: brief.id, writer: WINDOW_A, baseRevision: 0, content: { headline: 3 } },
      'invalid_input',
    );

    await call(handlers, 'stashDraft', {
      id: brief.id,
      writer: WINDOW_A,
      baseRevision: 0,
      content: sampleContent('Unsaved through the contract'),
    });
    expect(await call(handlers, 'listRecoveries', {})).toMatchObject({ offers: [{ id: brief.id, writer: WINDOW_A }], problems: [] });
    const recovered = await call(handlers, 'recoverDraft', { id: brief.id, writer: WINDOW_A });
    expect(recovered).toMatchObject({ brief: { headline: 'Unsaved through the contract', revision: 1 }, keptRevisionId: null });

    await call(handlers, 'stashDraft', { id: brief.id, writer: WINDOW_B, baseRevision: 1, content: sampleContent('Then discarded') });
    expect(await call(handlers, 'dropDraft', { id: brief.id, writer: WINDOW_B })).toEqual({ ok: true });
    expect(await call(handlers, 'listRecoveries', { id: brief.id })).toEqual({ offers: [], problems: [] });
  });

  it('keepUnsaved keeps edits as a named version without changing the brief', async () => {
    const { handlers, store } = await handlersOnNewLibrary(fixture);
    const brief = await store.createFrom(sampleContent('The brief as saved'));
    const summary = await call(handlers, 'keepUnsaved', {
      id: brief.id,
      baseRevision: 0,
      content: sampleContent('Edits set aside'),
      name: 'Unsaved changes from another window',
    });
    expect(summary).toMatchObject({ kind: 'named', name: 'Unsaved changes from another window', briefRevision: 0 });
    const kept = await store.revisions.get(brief.id, (summary as { id: string }).id);
    expect(kept.content.headline).toBe('Edits set aside');
    expect(await store.get(brief.id)).toMatchObject({ revision: 0, headline: 'The brief as saved' });
  });
});
