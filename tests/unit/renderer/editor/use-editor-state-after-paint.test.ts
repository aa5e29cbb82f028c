import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from '../../../../renderer/editor/use-editor-state-after-paint';

/** Frame callbacks requested and not yet run (the test draws frames by hand). */
let frames: FrameRequestCallback[] = [];

/** Draws one frame, then lets the task queued after it run. */
async function drawFrame(): Promise<void> {
  const due = frames;
  frames = [];
  for (const callback of due) callback(0);
  await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('afterNextPaint', () => {
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('runs each callback once, after the next frame, with one frame request for all of them', async () => {
    const runs: string[] = [];
    afterNextPaint(() => runs.push('toolbar'));
    afterNextPaint(() => runs.push('word count'));
    expect(frames).toHaveLength(1);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(runs).toEqual([]);
    await drawFrame();
    expect(runs).toEqual(['toolbar', 'word count']);
    await drawFrame();
    expect(runs).toEqual(['toolbar', 'word count']);
  });

  it('does not run a cancelled callback', async () => {
    const runs: string[] = [];
    const cancel = afterNextPaint(() => runs.push('cancelled'));
    afterNextPaint(() => runs.push('kept'));
    cancel();
    await drawFrame();
    expect(runs).toEqual(['kept']);
  });

  it('a callback that waits again while running runs after the following frame', async () => {
    const runs: number[] = [];
    afterNextPaint(() => {
      runs.push(1);
      afterNextPaint(() => runs.push(2));
    });
    await drawFrame();
    expect(runs).toEqual([1]);
    await drawFrame();
    expect(runs).toEqual([1, 2]);
  });
});
