import { useEffect, useSyncExternalStore } from 'react';
import type { DeskBlockCache, DeskBlockEntry } from './desk-block-cache';

const noSubscription = (): (() => void) => () => undefined;

/**
 * The library block a synced desk shows (null for a desk that is not
 * synced). Asks the library again each time a desk starts showing it, so a
 * brief opened after the block was edited elsewhere shows the edit.
 */
export function useDeskBlock(cache: DeskBlockCache | null, id: string | null): DeskBlockEntry | null {
  const entry = useSyncExternalStore(cache?.subscribe ?? noSubscription, () => (id === null || !cache ? null : cache.entry(id)));
  useEffect(() => {
    if (id !== null && cache) void cache.refresh(id);
  }, [cache, id]);
  return entry;
}
