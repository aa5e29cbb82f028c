import type { BriefSummary } from '../../shared/model/brief';
import { exactTime, relativeTime } from '../model/relative-time';
import { STATUS_LABELS } from '../model/status-label';
import { displayHeadline } from '../model/untitled';
import { wordsLabel } from '../model/word-count-label';

export interface BriefListItemProps {
  brief: BriefSummary;
  isOpen: boolean;
  now: number;
  onOpen: (id: string) => void;
}

/** One live brief in the library: headline, status, when it was last touched, length. */
export function BriefListItem({ brief, isOpen, now, onOpen }: BriefListItemProps) {
  const headline = displayHeadline(brief.headline);
  const status = STATUS_LABELS[brief.status];
  const updated = relativeTime(brief.updatedAt, now);
  const words = wordsLabel(brief.wordCount);
  return (
    <li className="brief-row" aria-label={`${headline} — ${status}, updated ${updated}, ${words}`}>
      <button
        type="button"
        className="brief-row-button"
        aria-current={isOpen ? 'true' : undefined}
        data-brief-id={brief.id}
        onClick={() => onOpen(brief.id)}
      >
        <span className={`brief-row-headline${brief.headline.trim() === '' ? ' is-untitled' : ''}`}>{headline}</span>
        {/* After the headline in reading order (the row's name starts with it); shown above it. */}
        {brief.section.trim() !== '' && <span className="brief-row-section">{brief.section}</span>}
        <span className="brief-row-meta">
          <span className={`status-pill status-${brief.status}`}>{status}</span>
          <time dateTime={brief.updatedAt} title={exactTime(brief.updatedAt)}>
            {updated}
          </time>
          <span>{words}</span>
        </span>
      </button>
    </li>
  );
}
