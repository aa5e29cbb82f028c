import { useEffect } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';

/**
 * When the window goes online again (the network may be back), asks the
 * Node side to try the outbox's waiting publishes now (`wakeOutbox`), then
 * calls `after` — whether that run went well or not — so the outbox and the
 * published-where line are read again.
 */
export function useWakeOutboxWhenOnline(api: Pick<BriefdeskApi, 'wakeOutbox'>, after: () => void): void {
  useEffect(() => {
    const onOnline = (): void => {
      api.wakeOutbox({}).then(after, after);
    };
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, [api, after]);
}
