import type { SearchHit } from '../../shared/api/contract';
import type { BriefSummary } from '../../shared/model/brief';
import { exactTime, relativeTime } from '../format/relative-time';
import { STATUS_LABELS } from '../format/status-label';
import { displayHeadline } from '../format/untitled';
import { wordsLabel } from '../format/word-count-label';
import { Highlighted } from '../search/Highlighted';
import type { VirtualRowProps } from '../search/VirtualBriefList';

export interface BriefListItemProps {
  brief: BriefSummary;
  isOpen: boolean;
  now: number;
  onOpen: (id: string) => void;
  /** What a search matched: the headline's words are marked and a snippet shown. */
  hit?: Pick<SearchHit, 'headlineHighlights' | 'snippet'>;
  /** Its place in the (virtualized) library list. */
  row?: VirtualRowProps;
}

/** One live brief in the library: headline, status, when it was last touched, length (and, when searched, what matched). */
export function BriefListItem({ brief, isOpen, now, onOpen, hit, row }: BriefListItemProps) {
  const headline = displayHeadline(brief.headline);
  const status = STATUS_LABELS[brief.status];
  const updated = relativeTime(brief.updatedAt, now);
  const words = wordsLabel(brief.wordCount);
  const untitled = brief.headline.trim() === '';
  return (
    <li {...row} className="brief-row" aria-label={`${headline} — ${status}, updated ${updated}, ${words}`}>
      <button
        type="button"
        className="brief-row-button"
        aria-current={isOpen ? 'true' : undefined}
        data-brief-id={brief.id}
        onClick={() => onOpen(brief.id)}
      >
        <span className={`brief-row-headline${untitled ? ' is-untitled' : ''}`}>
          {hit && !untitled ? <Highlighted text={brief.headline} ranges={hit.headlineHighlights} /> : headline}
        </span>
        {/* After the headline in reading order (the row's name starts with it); shown above it. */}
        {brief.section.trim() !== '' && <span className="brief-row-section">{brief.section}</span>}
        {hit && hit.snippet.text !== '' && (
          <span className="brief-row-snippet">
            <Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights} />
          </span>
        )}
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
