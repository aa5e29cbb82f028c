import type { Editor } from '@tiptap/react';
import { useEffect, useRef, useState } from 'react';

/** Callbacks waiting for the next frame to be drawn, run together in one task after it. */
const waiting = new Set<() => void>();
let channel: MessageChannel | null = null;

/** Runs the waiting callbacks; each is taken off the list first, so one may wait again for a later frame. */
function runWaiting(): void {
  const due = [...waiting];
  waiting.clear();
  for (const run of due) run();
}

/**
 * Runs `run` in a task queued once the next frame has been drawn (one
 * requestAnimationFrame and one message for all callbacks of a frame); the
 * returned function cancels it.
 */
export function afterNextPaint(run: () => void): () => void {
  const once = (): void => run();
  if (waiting.size === 0) {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = runWaiting;
    }
    const port = channel.port2;
    requestAnimationFrame(() => port.postMessage(null));
  }
  waiting.add(once);
  return () => {
    waiting.delete(once);
  };
}

/**
 * What `selector` reads from the editor, kept up to date like TipTap's
 * useEditorState, but read after the frame that shows a transaction rather
 * than inside it: a keystroke is painted first, then panels beside the body
 * (toolbar, word count) catch up, once for all the transactions of a frame.
 * Re-renders only when `equal` says the value changed.
 */
export function useEditorStateAfterPaint<E extends Editor | null, T>(
  editor: E,
  selector: (editor: E) => T,
  equal: (a: T, b: T) => boolean,
): T {
  const selectorRef = useRef(selector);
  selectorRef.current = selector;
  const equalRef = useRef(equal);
  equalRef.current = equal;
  const [value, setValue] = useState<T>(() => selector(editor));

  useEffect(() => {
    if (!editor) {
      setValue((previous) => {
        const next = selectorRef.current(editor);
        return equalRef.current(previous, next) ? previous : next;
      });
      return undefined;
    }
    let cancel: (() => void) | null = null;
    const refresh = (): void => {
      cancel = null;
      if (editor.isDestroyed) return;
      const next = selectorRef.current(editor);
      setValue((previous) => (equalRef.current(previous, next) ? previous : next));
    };
    const schedule = (): void => {
      cancel ??= afterNextPaint(refresh);
    };
    editor.on('transaction', schedule);
    // Transactions between the first render and this subscription.
    refresh();
    return () => {
      editor.off('transaction', schedule);
      cancel?.();
    };
  }, [editor]);

  return value;
}

/** True when two records hold the same values under the same keys (one level deep). */
export function sameFlatRecord<T extends Record<string, unknown>>(a: T, b: T): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key], b[key]));
}
