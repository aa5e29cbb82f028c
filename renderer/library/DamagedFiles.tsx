import { useEffect, useId, useState } from 'react';
import type { Brief, DamagedBrief } from '../../shared/model/brief';
import { useWorkbench } from '../workbench/workbench-context';
import { errorMessage } from '../format/error-message';
import { exactTime } from '../format/relative-time';

export interface DamagedFilesProps {
  damaged: readonly DamagedBrief[];
  /** A damaged brief was brought back from its history (the library list should be loaded again). */
  onRestored?: (brief: Brief) => void;
}

/** A damaged brief's newest good revision, as offered for restore. */
interface Offer {
  revisionId: string;
  createdAt: string;
}

/**
 * Brief files that could not be read: set aside, listed so the analyst knows
 * where they went. A damaged brief with a good revision in its history gets
 * "Restore newest good version", which recreates it from that revision.
 */
export function DamagedFiles({ damaged, onRestored }: DamagedFilesProps) {
  const headingId = useId();
  const { api } = useWorkbench();
  const [offers, setOffers] = useState<ReadonlyMap<string, Offer>>(new Map());
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<{ id: string; message: string } | null>(null);

  useEffect(() => {
    if (damaged.length === 0) return undefined;
    let current = true;
    api.listRecoverable({}).then(
      ({ items }) => {
        if (current) setOffers(new Map(items.map((item) => [item.id, { revisionId: item.revisionId, createdAt: item.createdAt }])));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [api, damaged]);

  async function restore(id: string): Promise<void> {
    setBusy(id);
    setProblem(null);
    try {
      const brief = await api.restoreNewestGoodVersion({ id });
      onRestored?.(brief);
    } catch (error) {
      setProblem({ id, message: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  }

  if (damaged.length === 0) return null;
  return (
    <section className="damaged" aria-labelledby={headingId}>
      <h2 id={headingId} className="damaged-heading">
        <span aria-hidden="true" className="damaged-icon">
          !
        </span>
        Damaged files
      </h2>
      <p className="damaged-intro">These files could not be read. They were moved aside untouched.</p>
      <ul className="damaged-list" aria-labelledby={headingId}>
        {damaged.map((file) => {
          const offer = offers.get(file.id);
          const nameId = `${headingId}-${file.id}`;
          return (
            <li key={`${file.id}:${file.movedTo}`} className="damaged-item" aria-labelledby={nameId}>
              <span className="damaged-name" id={nameId}>
                {file.id}
              </span>
              <span className="damaged-reason">{file.reason}</span>
              <span className="damaged-moved">
                Moved to <code>{file.movedTo}</code>
              </span>
              <time className="damaged-time" dateTime={file.detectedAt}>
                {exactTime(file.detectedAt)}
              </time>
              {offer && (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy !== null}
                  title={`Bring this brief back as it was on ${exactTime(offer.createdAt)}`}
                  onClick={() => void restore(file.id)}
                >
                  {busy === file.id ? 'Restoring…' : 'Restore newest good version'}
                </button>
              )}
              {problem?.id === file.id && (
                <span className="inline-error-text" role="alert">
                  {problem.message}
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
