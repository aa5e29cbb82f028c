import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blankBriefContent } from '../../../../shared/model/brief';
import { BriefdeskError } from '../../../../shared/model/errors';
import { SaveController } from '../../../../renderer/save/save-controller';
import { SaveRegistry } from '../../../../renderer/save/save-registry';

describe('SaveRegistry', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('saves a keystroke that reaches a released controller before its editor unmounts', async () => {
    const save = vi.fn(async () => {
      throw new BriefdeskError('io', 'Down.');
    });
    const registry = new SaveRegistry((id, revision) => new SaveController({ id, revision, save }));
    const closing = registry.open('brief-bbbb', 0);
    registry.release('brief-bbbb');
    closing.update({ ...blankBriefContent(), headline: 'late keystroke' });
    await vi.advanceTimersByTimeAsync(0);
    expect(save).toHaveBeenCalledTimes(1);
    expect(registry.hasUnsavedChanges()).toBe(true);
    registry.disposeAll();
  });

  it('keeps an unsaved brief’s controller after switching away, and hands it back on reopening', async () => {
    let fail = true;
    const save = vi.fn(async () => {
      if (fail) throw new BriefdeskError('io', 'Down.');
      return {
        revision: 2,
        updatedAt: '2026-01-01T00:00:00.000Z',
        summary: {
          id: 'brief-aaaa',
          headline: 'x',
          section: '',
          status: 'draft' as const,
          tags: [],
          wordCount: 0,
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
          trashedAt: null,
        },
      };
    });
    const registry = new SaveRegistry((id, revision) => new SaveController({ id, revision, save }));
    const first = registry.open('brief-aaaa', 1);
    first.update({ ...blankBriefContent(), headline: 'x' });
    registry.release('brief-aaaa');
    await vi.advanceTimersByTimeAsync(0);
    expect(registry.hasUnsavedChanges()).toBe(true);

    const again = registry.open('brief-aaaa', 1);
    expect(again).toBe(first);
    expect(again.latestContent()?.headline).toBe('x');

    fail = false;
    await expect(registry.flushAll()).resolves.toBe(true);
    expect(registry.hasUnsavedChanges()).toBe(false);
    registry.release('brief-aaaa');
    // Released and saved: reopening starts afresh from the disk.
    const fresh = registry.open('brief-aaaa', 2);
    expect(fresh).not.toBe(first);
    expect(first.isDisposed).toBe(true);
    expect(fresh.latestContent()).toBeNull();
  });
});
