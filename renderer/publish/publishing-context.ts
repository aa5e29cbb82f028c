import { createContext, useContext } from 'react';
import type { OutboxJob } from '../../shared/publish/outbox-job';

/** What the publishing parts of the app share: the outbox and when publications changed. */
export interface Publishing {
  /** The outbox as last listed; null until listed, or when it cannot be. */
  jobs: OutboxJob[] | null;
  /** Lists the outbox again now. */
  refreshOutbox: () => void;
  /** Shows the Outbox view. */
  openOutbox: () => void;
  /** Shows Settings (publishing targets). */
  openSettings: () => void;
  /** Goes up whenever a publish, retry or decision may have changed where briefs are published. */
  generation: number;
  /** Something was published, queued or resolved: the outbox and the published-where line are read again. */
  changed: () => void;
}

export const PublishingContext = createContext<Publishing | null>(null);

/** The publishing state; only inside <PublishingProvider>. */
export function usePublishing(): Publishing {
  const publishing = useContext(PublishingContext);
  if (!publishing) throw new Error('usePublishing is used outside <PublishingProvider>.');
  return publishing;
}
