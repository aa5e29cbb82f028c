import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SaveResult } from '../../../../shared/api/contract';
import { blankBriefContent, type BriefContent } from '../../../../shared/model/brief';
import { BriefdeskError } from '../../../../shared/model/errors';
import { CONFLICT_MESSAGE, SaveController, type SaveRequest } from '../../../../renderer/save/save-controller';
import { saveStatusText } from '../../../../renderer/save/save-status-text';

const ID = 'brief-0001';

function content(headline: string): BriefContent {
  return { ...blankBriefContent(), headline };
}

function result(revision: number): SaveResult {
  const now = new Date(Date.UTC(2026, 0, 1, 12, 0, revision)).toISOString();
  return {
    revision,
    updatedAt: now,
    summary: {
      id: ID,
      headline: '',
      section: '',
      status: 'draft',
      tags: [],
      wordCount: 0,
      createdAt: now,
      updatedAt: now,
      trashedAt: null,
    },
  };
}

interface Deferred {
  request: SaveRequest;
  resolve: (value: SaveResult) => void;
  reject: (error: unknown) => void;
}

/** A fake saveBrief whose calls are answered by the test, one by one. */
function fakeSave() {
  const calls: Deferred[] = [];
  const save = vi.fn(
    (request: SaveRequest) =>
      new Promise<SaveResult>((resolve, reject) => {
        calls.push({ request, resolve, reject });
      }),
  );
  return { save, calls };
}

/** Let promise callbacks run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('SaveController', () => {
  it('saves 400 ms after the last change, once, with the latest content', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 3, save });
    controller.update(content('A'));
    await vi.advanceTimersByTimeAsync(300);
    controller.update(content('AB'));
    await vi.advanceTimersByTimeAsync(300);
    controller.update(content('ABC'));
    expect(controller.getState().status).toBe('saving');
    await vi.advanceTimersByTimeAsync(399);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0]?.request).toEqual({ id: ID, baseRevision: 3, content: content('ABC') });
    calls[0]?.resolve(result(4));
    await settle();
    expect(controller.getState()).toMatchObject({ status: 'saved', revision: 4, message: null });
    expect(saveStatusText(controller.getState())).toBe('Saved');
  });

  it('never has two saves in flight; changes made during a save are saved after it, on the new revision', async () => {
    const { save, calls } = fakeSave();
    const onSaved = vi.fn();
    const controller = new SaveController({ id: ID, revision: 0, save, onSaved });
    controller.update(content('first'));
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1);

    controller.update(content('second'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(save).toHaveBeenCalledTimes(1); // still waiting for the first

    calls[0]?.resolve(result(1));
    await settle();
    expect(onSaved).toHaveBeenCalledWith(result(1));
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]?.request).toMatchObject({ baseRevision: 1, content: content('second') });
    expect(controller.getState().status).toBe('saving');

    calls[1]?.resolve(result(2));
    await settle();
    expect(controller.getState()).toMatchObject({ status: 'saved', revision: 2 });
    expect(controller.hasUnsavedChanges()).toBe(false);
  });

  it('keeps the content after a failure and retries with backoff (1 s, 2 s, 5 s, 10 s, 10 s…)', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 7, save });
    controller.update(content('kept'));
    await vi.advanceTimersByTimeAsync(400);

    const delays = [1000, 2000, 5000, 10000, 10000];
    for (const [attempt, delay] of delays.entries()) {
      calls[attempt]?.reject(new BriefdeskError('io', 'The disk is full.'));
      await settle();
      expect(controller.getState()).toMatchObject({ status: 'error', message: 'The disk is full.', conflict: false });
      expect(saveStatusText(controller.getState())).toBe('Couldn’t save — The disk is full. Retrying…');
      await vi.advanceTimersByTimeAsync(delay - 1);
      expect(save).toHaveBeenCalledTimes(attempt + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(save).toHaveBeenCalledTimes(attempt + 2);
      expect(calls[attempt + 1]?.request).toEqual({ id: ID, baseRevision: 7, content: content('kept') });
    }

    calls[delays.length]?.resolve(result(8));
    await settle();
    expect(controller.getState()).toMatchObject({ status: 'saved', message: null, revision: 8 });
  });

  it('retries with the newest content when the analyst typed during the outage', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save });
    controller.update(content('one'));
    await vi.advanceTimersByTimeAsync(400);
    calls[0]?.reject(new BriefdeskError('io', 'Briefdesk’s service is not answering.'));
    await settle();
    controller.update(content('one two'));
    await vi.advanceTimersByTimeAsync(400);
    expect(save).toHaveBeenCalledTimes(1); // the backoff decides when to try again
    await vi.advanceTimersByTimeAsync(600);
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]?.request.content).toEqual(content('one two'));
  });

  it('stops after a conflict and asks for a reload', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 2, save });
    controller.update(content('mine'));
    await vi.advanceTimersByTimeAsync(400);
    calls[0]?.reject(new BriefdeskError('conflict', 'Revision 2 is stale.'));
    await settle();
    expect(controller.getState()).toMatchObject({ status: 'error', conflict: true, message: CONFLICT_MESSAGE });
    expect(saveStatusText(controller.getState())).toBe(
      'Couldn’t save — This brief was changed elsewhere. Reload to see the latest version.',
    );
    controller.update(content('mine, more'));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(save).toHaveBeenCalledTimes(1);
    await expect(controller.flush()).resolves.toBe(false);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('flush saves at once, waits for the save in flight, and reports the outcome', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save });
    await expect(controller.flush()).resolves.toBe(true); // nothing to do

    controller.update(content('draft'));
    const flushed = controller.flush();
    await settle();
    expect(save).toHaveBeenCalledTimes(1); // no 400 ms wait
    controller.update(content('draft 2'));
    const second = controller.flush();
    await settle();
    expect(save).toHaveBeenCalledTimes(1); // serialised behind the first
    calls[0]?.resolve(result(1));
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]?.request).toMatchObject({ baseRevision: 1, content: content('draft 2') });
    calls[1]?.resolve(result(2));
    await expect(flushed).resolves.toBe(true);
    await expect(second).resolves.toBe(true);

    controller.update(content('draft 3'));
    const failing = controller.flush();
    await settle();
    calls[2]?.reject(new BriefdeskError('io', 'No answer.'));
    await expect(failing).resolves.toBe(false);
    expect(controller.hasUnsavedChanges()).toBe(true);
  });

  it('a released controller keeps saving until done, then stops', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save });
    controller.update(content('closing'));
    controller.release();
    await settle();
    expect(save).toHaveBeenCalledTimes(1);
    calls[0]?.reject(new BriefdeskError('io', 'Down.'));
    await settle();
    expect(controller.isDisposed).toBe(false);
    await vi.advanceTimersByTimeAsync(1000);
    calls[1]?.resolve(result(1));
    await settle();
    expect(controller.isDisposed).toBe(true);
  });

  it('notifies subscribers only when the state changes', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save });
    const listener = vi.fn();
    controller.subscribe(listener);
    controller.update(content('a'));
    controller.update(content('ab'));
    expect(listener).toHaveBeenCalledTimes(1); // saved → saving
    await vi.advanceTimersByTimeAsync(400);
    calls[0]?.resolve(result(1));
    await settle();
    expect(listener).toHaveBeenCalledTimes(2); // → saved (revision 1)
  });
});

describe('SaveController: a new brief not on disk yet', () => {
  const CREATED = '2026-01-01T09:00:00.000Z';
  const made = content('');

  it('saves the first change at once, with the creation time, then autosaves as usual', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save, draft: { createdAt: CREATED, content: made } });
    expect(controller.getState()).toMatchObject({ status: 'saved', draft: true });
    expect(saveStatusText(controller.getState())).toBe('Not saved yet');

    controller.update(content('L'));
    await settle();
    expect(calls[0]?.request).toEqual({ id: ID, baseRevision: 0, content: content('L'), createdAt: CREATED });
    controller.update(content('Li'));
    calls[0]?.resolve(result(1));
    await settle();
    expect(controller.isDraft).toBe(false);
    expect(controller.getState().draft).toBe(false);

    // Later changes wait for the pause and no longer carry the creation time.
    controller.update(content('Lig'));
    await settle();
    expect(save).toHaveBeenCalledTimes(2);
    expect(calls[1]?.request).toEqual({ id: ID, baseRevision: 1, content: content('Li') });
    calls[1]?.resolve(result(2));
    await vi.advanceTimersByTimeAsync(399);
    expect(save).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls[2]?.request).toEqual({ id: ID, baseRevision: 2, content: content('Lig') });
  });

  it('left untouched, it saves nothing: flush and release write no file', async () => {
    const { save } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save, draft: { createdAt: CREATED, content: made } });
    await expect(controller.flush()).resolves.toBe(true);
    controller.release();
    await vi.advanceTimersByTimeAsync(5000);
    expect(save).not.toHaveBeenCalled();
    expect(controller.isIdleAfterRelease).toBe(true);
  });

  it('keep() writes an untouched one as it was made (a save on purpose, an export)', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save, draft: { createdAt: CREATED, content: made } });
    const kept = controller.keep();
    await settle();
    expect(calls[0]?.request).toEqual({ id: ID, baseRevision: 0, content: made, createdAt: CREATED });
    calls[0]?.resolve(result(1));
    await expect(kept).resolves.toBe(true);
    expect(controller.getState()).toMatchObject({ status: 'saved', draft: false, revision: 1 });
  });

  it('a first save that fails is retried as a first save', async () => {
    const { save, calls } = fakeSave();
    const controller = new SaveController({ id: ID, revision: 0, save, draft: { createdAt: CREATED, content: made } });
    controller.update(content('Word'));
    await settle();
    calls[0]?.reject(new BriefdeskError('io', 'The disk is full.'));
    await settle();
    expect(controller.getState()).toMatchObject({ status: 'error', draft: true });
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls[1]?.request).toEqual({ id: ID, baseRevision: 0, content: content('Word'), createdAt: CREATED });
  });
});
