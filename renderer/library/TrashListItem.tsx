import type { BriefSummary } from '../../shared/model/brief';
import type { VirtualRowProps } from '../search/VirtualBriefList';
import { exactTime, relativeTime } from '../format/relative-time';
import { displayHeadline } from '../format/untitled';
import { wordsLabel } from '../format/word-count-label';

export interface TrashListItemProps {
  brief: BriefSummary;
  now: number;
  onRestore: (brief: BriefSummary) => void;
  onPurge: (brief: BriefSummary) => void;
  /** Its place in the (virtualized) library list. */
  row?: VirtualRowProps;
}

/** One brief in the Trash, with its way back and its way out. */
export function TrashListItem({ brief, now, onRestore, onPurge, row }: TrashListItemProps) {
  const headline = displayHeadline(brief.headline);
  const trashedAt = brief.trashedAt ?? brief.updatedAt;
  const trashed = relativeTime(trashedAt, now);
  return (
    <li {...row} className="brief-row is-trashed" aria-label={`${headline} — in Trash since ${trashed}, ${wordsLabel(brief.wordCount)}`}>
      <div className="brief-row-body">
        <span className={`brief-row-headline${brief.headline.trim() === '' ? ' is-untitled' : ''}`}>{headline}</span>
        <span className="brief-row-meta">
          <span>
            Trashed{' '}
            <time dateTime={trashedAt} title={exactTime(trashedAt)}>
              {trashed}
            </time>
          </span>
          <span>{wordsLabel(brief.wordCount)}</span>
        </span>
        <span className="brief-row-actions">
          <button type="button" className="button button-small" onClick={() => onRestore(brief)}>
            Restore brief
          </button>
          <button type="button" className="button button-small button-danger-quiet" onClick={() => onPurge(brief)}>
            Delete forever
          </button>
        </span>
      </div>
    </li>
  );
}
