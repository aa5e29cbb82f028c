import { z } from 'zod';
import { BriefSummary } from '../../shared/model/brief';

/** The channel the windows of one Briefdesk origin tell each other about saves on. */
export const SAVE_CHANNEL = 'briefdesk-saves';

/** "I saved this brief": sent by a window after each save of its own. */
export const SavedMessage = z.object({
  type: z.literal('saved'),
  /** The window that saved. */
  writer: z.string(),
  id: z.string(),
  revision: z.number().int().nonnegative(),
  summary: BriefSummary,
});
export type SavedMessage = z.infer<typeof SavedMessage>;

/** Tells other windows about saves and hears theirs; a no-op where BroadcastChannel is missing. */
export interface SaveBroadcast {
  post(message: SavedMessage): void;
  listen(listener: (message: SavedMessage) => void): () => void;
  close(): void;
}

/**
 * A BroadcastChannel between same-origin windows (browser tabs of the shell,
 * or Electron windows of briefdesk://app). Messages from elsewhere that do
 * not fit are ignored; a window never hears its own.
 */
export function openSaveBroadcast(writer: string, make: (name: string) => BroadcastChannel | null = defaultChannel): SaveBroadcast {
  const channel = make(SAVE_CHANNEL);
  const listeners = new Set<(message: SavedMessage) => void>();
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const parsed = SavedMessage.safeParse(event.data);
    if (!parsed.success || parsed.data.writer === writer) return;
    for (const listener of listeners) listener(parsed.data);
  });
  return {
    post(message) {
      // Telling other windows never fails a save: a closed channel has no one left to tell.
      try {
        channel?.postMessage(message);
      } catch {
        /* closed */
      }
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: () => channel?.close(),
  };
}

function defaultChannel(name: string): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
}
