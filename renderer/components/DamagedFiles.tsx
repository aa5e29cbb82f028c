import { useId } from 'react';
import type { DamagedBrief } from '../../shared/model/brief';
import { exactTime } from '../model/relative-time';

/** Brief files that could not be read: set aside, listed so the analyst knows where they went. */
export function DamagedFiles({ damaged }: { damaged: readonly DamagedBrief[] }) {
  const headingId = useId();
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
        {damaged.map((file) => (
          <li key={`${file.id}:${file.movedTo}`} className="damaged-item">
            <span className="damaged-name">{file.id}</span>
            <span className="damaged-reason">{file.reason}</span>
            <span className="damaged-moved">
              Moved to <code>{file.movedTo}</code>
            </span>
            <time className="damaged-time" dateTime={file.detectedAt}>
              {exactTime(file.detectedAt)}
            </time>
          </li>
        ))}
      </ul>
    </section>
  );
}
