import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '../../../../shared/api/contract';
import { blankBriefContent, type BriefContent, type BriefSummary } from '../../../../shared/model/brief';
import { BriefdeskError } from '../../../../shared/model/errors';
import { DraftStasher, type DraftRequest } from '../../../../renderer/recovery/draft-stasher';
import { openSaveBroadcast, type SavedMessage } from '../../../../renderer/recovery/save-broadcast';
import { SaveController, type SaveRequest } from '../../../../renderer/save/save-controller';

const ID = 'brief-0001';
const WRITER = 'window-test-0001';

function content(headline: string): BriefContent {
  return { ...blankBriefContent(), headline };
}

function summary(): BriefSummary {
  const at = '2026-01-01T12:00:00.000Z';
  return { id: ID, headline: '', section: '', status: 'draft', tags: [], wordCount: 0, createdAt: at, updatedAt: at, trashedAt: null };
}

function result(revision: number): SaveResult {
  return { revision, updatedAt: '2026-01-01T12:00:00.000Z', summary: summary() };
}

/** A fake saveBrief answered by the test, and the stash/drop calls the stasher made, in order. */
function harness(revision = 3, draft?: { createdAt: string; content: BriefContent }) {
  const saves: Array<{ request: SaveRequest; resolve: (value: SaveResult) => void; reject: (error: unknown) => void }> = [];
  const calls: Array<{ kind: 'stash'; request: DraftRequest } | { kind: 'drop' }> = [];
  let failStash = false;
  const controller = new SaveController({
    id: ID,
    revision,
    draft,
    save: (request) => new Promise<SaveResult>((resolve, reject) => saves.push({ request, resolve, reject })),
  });
  const stasher = new DraftStasher({
    controller,
    writer: WRITER,
    stash: async (request) => {
      if (failStash) throw new Error('the disk is full');
      calls.push({ kind: 'stash', request });
    },
    drop: async () => {
      calls.push({ kind: 'drop' });
    },
  });
  return {
    controller,
    stasher,
    saves,
    calls,
    failStashes(fail: boolean) {
      failStash = fail;
    },
    stashedHeadlines: () => calls.flatMap((call) => (call.kind === 'stash' ? [call.request.content.headline] : [])),
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('DraftStasher', () => {
  it('keeps the latest content about once a second while a save cannot complete', async () => {
    const h = harness();
    h.controller.update(content('G'));
    await vi.advanceTimersByTimeAsync(400); // the autosave starts and hangs
    expect(h.saves).toHaveLength(1);
    h.controller.update(content('Gr'));
    await vi.advanceTimersByTimeAsync(599);
    expect(h.calls).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.calls).toEqual([{ kind: 'stash', request: { id: ID, writer: WRITER, baseRevision: 3, content: content('Gr') } }]);

    h.controller.update(content('Gri'));
    h.controller.update(content('Grid'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.stashedHeadlines()).toEqual(['Gr', 'Grid']);
    // Nothing new typed: nothing sent again.
    await vi.advanceTimersByTimeAsync(3000);
    expect(h.stashedHeadlines()).toEqual(['Gr', 'Grid']);
  });

  it('drops what it kept once a save covers everything, after the stash, in order', async () => {
    const h = harness();
    h.controller.update(content('Grid'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.stashedHeadlines()).toEqual(['Grid']);
    h.saves[0]?.resolve(result(4));
    await vi.advanceTimersByTimeAsync(0);
    await h.stasher.settled();
    expect(h.calls.map((call) => call.kind)).toEqual(['stash', 'drop']);
  });

  it('a save that covers only part keeps stashing the rest on the new revision', async () => {
    const h = harness();
    h.controller.update(content('Grid'));
    await vi.advanceTimersByTimeAsync(1000);
    h.controller.update(content('Grid reform'));
    h.saves[0]?.resolve(result(4));
    await vi.advanceTimersByTimeAsync(1000);
    const last = h.calls.at(-1);
    expect(last).toEqual({ kind: 'stash', request: expect.objectContaining({ baseRevision: 4, content: content('Grid reform') }) });
    expect(h.calls.some((call) => call.kind === 'drop')).toBe(false);
  });

  it('sends nothing for an edit the autosave saves within the second', async () => {
    const h = harness();
    h.controller.update(content('Quick edit'));
    await vi.advanceTimersByTimeAsync(400);
    h.saves[0]?.resolve(result(4));
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.calls).toEqual([]);
  });

  it('tries a stash that failed again on the next tick', async () => {
    const h = harness();
    h.failStashes(true);
    h.controller.update(content('Kept later'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.calls).toEqual([]);
    h.failStashes(false);
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.stashedHeadlines()).toEqual(['Kept later']);
  });

  it('keeps stashing during a conflict, and leaves the draft kept when the controller is thrown away', async () => {
    const h = harness();
    h.controller.update(content('Before the conflict'));
    await vi.advanceTimersByTimeAsync(400);
    h.saves[0]?.reject(new BriefdeskError('conflict', 'changed elsewhere'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.controller.getState().conflict).toBe(true);
    h.controller.update(content('Typed during the conflict'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(h.stashedHeadlines()).toContain('Typed during the conflict');
    h.controller.dispose();
    await vi.advanceTimersByTimeAsync(5000);
    expect(h.calls.some((call) => call.kind === 'drop')).toBe(false);
  });
});

describe('SaveController.rebase', () => {
  it('after a conflict, saves the pending edits over the new revision', async () => {
    const h = harness(3);
    h.controller.update(content('Mine'));
    await vi.advanceTimersByTimeAsync(400);
    h.saves[0]?.reject(new BriefdeskError('conflict', 'changed elsewhere'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.controller.getState().conflict).toBe(true);

    h.controller.rebase(7);
    expect(h.controller.getState().conflict).toBe(false);
    expect(h.saves[1]?.request).toEqual({ id: ID, baseRevision: 7, content: content('Mine') });
    h.saves[1]?.resolve(result(8));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.controller.getState()).toMatchObject({ status: 'saved', revision: 8 });
  });

  it('a save under way on the old revision that meets a conflict is sent again on the new one', async () => {
    const h = harness(3);
    h.controller.update(content('Mine'));
    await vi.advanceTimersByTimeAsync(400);
    h.controller.rebase(7);
    h.saves[0]?.reject(new BriefdeskError('conflict', 'changed elsewhere'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.controller.getState().conflict).toBe(false);
    expect(h.saves[1]?.request.baseRevision).toBe(7);
  });
});

describe('save broadcast', () => {
  it('tells other windows about a save and ignores its own messages and foreign data', async () => {
    vi.useRealTimers();
    const mine = openSaveBroadcast('window-aaaaaaaa');
    const other = openSaveBroadcast('window-bbbbbbbb');
    const heard: SavedMessage[] = [];
    const heardByMine: SavedMessage[] = [];
    const received = new Promise<void>((resolve) =>
      other.listen((message) => {
        heard.push(message);
        resolve();
      }),
    );
    mine.listen((message) => heardByMine.push(message));
    const stranger = new BroadcastChannel('briefdesk-saves');
    stranger.postMessage({ type: 'saved', id: 42 });
    const message: SavedMessage = { type: 'saved', writer: 'window-aaaaaaaa', id: ID, revision: 5, summary: summary() };
    mine.post(message);
    await received;
    expect(heard).toEqual([message]);
    expect(heardByMine).toEqual([]);
    stranger.close();
    mine.close();
    other.close();
  });

  it('keeps nothing of a new brief until its first save has written it, then keeps its edits as any brief’s', async () => {
    const h = harness(0, { createdAt: '2026-01-01T09:00:00.000Z', content: content('') });
    h.controller.update(content('L'));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saves[0]?.request.createdAt).toBe('2026-01-01T09:00:00.000Z');
    h.controller.update(content('Li'));
    await vi.advanceTimersByTimeAsync(3000); // the first save hangs: there is no brief yet to keep edits of
    expect(h.calls).toEqual([]);
    h.saves[0]?.resolve(result(1));
    await vi.advanceTimersByTimeAsync(0);
    expect(h.saves[1]?.request).toMatchObject({ baseRevision: 1, content: content('Li') });
    h.controller.update(content('Lig')); // the second save hangs too
    await vi.advanceTimersByTimeAsync(2000);
    expect(h.stashedHeadlines()).toContain('Lig');
  });
});
