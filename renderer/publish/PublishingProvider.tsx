import { lazy, type ReactNode, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { BriefdeskApi } from '../../shared/api/contract';
import type { OutboxJob } from '../../shared/publish/outbox-job';
import { type Publishing, PublishingContext } from './publishing-context';
import { useWakeOutboxWhenOnline } from './use-wake-when-online';

/** The Outbox view and Settings load when first opened, not with the first page. */
const OutboxDialog = lazy(async () => ({ default: (await import('./OutboxDialog')).OutboxDialog }));
const SettingsDialog = lazy(async () => ({ default: (await import('../settings/SettingsDialog')).SettingsDialog }));

/** How often the outbox is listed while the app is open (jobs retry by themselves on the Node side). */
const OUTBOX_POLL_MS = 15_000;

/**
 * Keeps the outbox listed (every 15 s and after each change) once `listing`
 * (the app turns it on when the library's first list has come, so the page's
 * first request is the list), wakes the outbox when the window goes online,
 * and shows the Outbox view and Settings when asked.
 */
export function PublishingProvider({ api, listing = true, children }: { api: BriefdeskApi; listing?: boolean; children: ReactNode }) {
  const [jobs, setJobs] = useState<OutboxJob[] | null>(null);
  const [generation, setGeneration] = useState(0);
  const [tick, setTick] = useState(0);
  const [open, setOpen] = useState<'none' | 'outbox' | 'settings'>('none');

  useEffect(() => {
    if (!listing) return;
    let current = true;
    api.listOutbox({}).then(
      (answer) => {
        if (current) setJobs(answer.jobs);
      },
      () => {
        if (current) setJobs(null);
      },
    );
    return () => {
      current = false;
    };
  }, [api, listing, tick, generation]);

  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), OUTBOX_POLL_MS);
    return () => clearInterval(timer);
  }, []);

  const refreshOutbox = useCallback(() => setTick((n) => n + 1), []);
  const openOutbox = useCallback(() => setOpen('outbox'), []);
  const openSettings = useCallback(() => setOpen('settings'), []);
  const close = useCallback(() => setOpen('none'), []);
  const changed = useCallback(() => setGeneration((n) => n + 1), []);
  // Back online: the waiting publishes are tried at once, then everything is listed again.
  useWakeOutboxWhenOnline(api, changed);
  const value = useMemo<Publishing>(
    () => ({ jobs, refreshOutbox, openOutbox, openSettings, generation, changed }),
    [jobs, refreshOutbox, openOutbox, openSettings, generation, changed],
  );

  return (
    <PublishingContext value={value}>
      {children}
      <Suspense fallback={null}>{open === 'outbox' && <OutboxDialog onClose={close} />}</Suspense>
      <Suspense fallback={null}>{open === 'settings' && <SettingsDialog onClose={close} />}</Suspense>
    </PublishingContext>
  );
}
