import { type RefObject, useEffect } from 'react';
import type { BriefContent, BriefStatus } from '../../shared/model/brief';
import { BriefStatus as BriefStatusSchema } from '../../shared/model/brief';
import { STATUS_LABELS, STATUS_ORDER } from '../format/status-label';
import { TagsField } from './TagsField';

export interface BriefHeaderFormProps {
  content: BriefContent;
  onChange: (patch: Partial<BriefContent>) => void;
  headlineRef: RefObject<HTMLTextAreaElement | null>;
  standfirstRef: RefObject<HTMLTextAreaElement | null>;
}

const STANDFIRST_GUIDE = 300;

function parseStatus(value: string): BriefStatus {
  const parsed = BriefStatusSchema.safeParse(value);
  return parsed.success ? parsed.data : 'draft';
}

/** Grows a textarea with its text (where CSS field-sizing is missing). */
function useAutoGrow(ref: RefObject<HTMLTextAreaElement | null>, value: string): void {
  useEffect(() => {
    const element = ref.current;
    if (!element || CSS.supports?.('field-sizing', 'content')) return;
    element.style.height = 'auto';
    element.style.height = `${element.scrollHeight}px`;
  }, [ref, value]);
}

/** Section, headline, standfirst: the top of the brief, set in the brief's own type. */
export function BriefHeaderForm({ content, onChange, headlineRef, standfirstRef }: BriefHeaderFormProps) {
  useAutoGrow(headlineRef, content.headline);
  useAutoGrow(standfirstRef, content.standfirst);
  const standfirstLength = [...content.standfirst].length;
  return (
    <div className="brief-header">
      <div className="brief-kicker-row">
        <div className="field field-section">
          <label className="field-label" htmlFor="brief-section">
            Section
          </label>
          <input
            id="brief-section"
            className="text-input kicker-input"
            value={content.section}
            placeholder="e.g. Middle East"
            maxLength={120}
            onChange={(event) => onChange({ section: event.target.value })}
          />
        </div>
        <div className="field field-status">
          <label className="field-label" htmlFor="brief-status">
            Status
          </label>
          <select
            id="brief-status"
            className={`select status-select status-${content.status}`}
            value={content.status}
            onChange={(event) => onChange({ status: parseStatus(event.target.value) })}
          >
            {STATUS_ORDER.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="field">
        <label className="field-label" htmlFor="brief-headline">
          Headline
        </label>
        <textarea
          id="brief-headline"
          ref={headlineRef}
          className="headline-input"
          rows={1}
          value={content.headline}
          placeholder="A headline that states the stakes"
          maxLength={400}
          onChange={(event) => onChange({ headline: event.target.value.replace(/[\r\n]+/g, ' ') })}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            standfirstRef.current?.focus();
          }}
        />
      </div>

      <div className="field">
        <label className="field-label" htmlFor="brief-standfirst">
          Standfirst
        </label>
        <textarea
          id="brief-standfirst"
          ref={standfirstRef}
          className="standfirst-input"
          rows={2}
          value={content.standfirst}
          placeholder="Two or three sentences: what is happening, and why it matters"
          maxLength={2000}
          aria-describedby="brief-standfirst-count"
          onChange={(event) => onChange({ standfirst: event.target.value })}
        />
        <span
          id="brief-standfirst-count"
          className={`field-hint${standfirstLength > STANDFIRST_GUIDE ? ' is-over' : ''}`}
        >
          {standfirstLength} / ~{STANDFIRST_GUIDE} characters
        </span>
      </div>

      <div className="brief-meta-row">
        <div className="field">
          <label className="field-label" htmlFor="brief-byline">
            Byline
          </label>
          <input
            id="brief-byline"
            className="text-input"
            value={content.byline}
            placeholder="Who wrote it"
            maxLength={400}
            onChange={(event) => onChange({ byline: event.target.value })}
          />
        </div>
        <TagsField tags={content.tags} onChange={(tags) => onChange({ tags })} />
      </div>
    </div>
  );
}
