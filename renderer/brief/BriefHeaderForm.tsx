import { type RefObject, useEffect } from 'react';
import type { BriefContent, BriefStatus } from '../../shared/model/brief';
import { BriefStatus as BriefStatusSchema } from '../../shared/model/brief';
import { BRIEF_TEXT_MAX } from '../../shared/model/field-limits';
import { Field, type FieldHint } from '../ui/Field';
import { TextField } from '../ui/TextField';
import { useTextLimit } from '../ui/use-text-limit';
import { StatusOptions } from './StatusOptions';
import { TagsField } from './TagsField';

export interface BriefHeaderFormProps {
  content: BriefContent;
  onChange: (patch: Partial<BriefContent>) => void;
  headlineRef: RefObject<HTMLTextAreaElement | null>;
  standfirstRef: RefObject<HTMLTextAreaElement | null>;
}

const STANDFIRST_GUIDE = 300;

/** A headline is one line: line breaks (from a paste) become spaces. */
const oneLine = (text: string): string => text.replace(/[\r\n]+/g, ' ');

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
  const standfirstHint: FieldHint = {
    id: 'brief-standfirst-count',
    element: 'span',
    warning: standfirstLength > STANDFIRST_GUIDE,
    text: (
      <>
        {standfirstLength} / ~{STANDFIRST_GUIDE} characters
      </>
    ),
  };
  const headlineLimit = useTextLimit({
    id: 'brief-headline',
    name: 'headline',
    value: content.headline,
    limit: BRIEF_TEXT_MAX.headline,
    clean: oneLine,
  });
  const standfirstLimit = useTextLimit({
    id: 'brief-standfirst',
    name: 'standfirst',
    value: content.standfirst,
    limit: BRIEF_TEXT_MAX.standfirst,
    quietHint: standfirstHint,
  });
  return (
    <div className="brief-header">
      <div className="brief-kicker-row">
        <TextField
          dir="auto"
          id="brief-section"
          label="Section"
          fieldClassName="field-section"
          className="text-input kicker-input"
          value={content.section}
          placeholder="e.g. Middle East"
          maxLength={BRIEF_TEXT_MAX.section}
          onValue={(section) => onChange({ section })}
        />
        <Field id="brief-status" label="Status" className="field-status">
          {(control) => (
            <select
              {...control}
              className={`select status-select status-${content.status}`}
              value={content.status}
              onChange={(event) => onChange({ status: parseStatus(event.target.value) })}
            >
              <StatusOptions />
            </select>
          )}
        </Field>
      </div>

      <Field id="brief-headline" label="Headline" hint={headlineLimit.hint} after={headlineLimit.after}>
        {(control) => (
          <textarea
            dir="auto"
            {...control}
            {...headlineLimit.control}
            ref={headlineRef}
            className="headline-input"
            rows={1}
            value={content.headline}
            placeholder="A headline that states the stakes"
            onChange={(event) => onChange({ headline: oneLine(event.target.value) })}
            onKeyDown={(event) => {
              if (event.key !== 'Enter') return;
              event.preventDefault();
              standfirstRef.current?.focus();
            }}
          />
        )}
      </Field>

      <Field id="brief-standfirst" label="Standfirst" hint={standfirstLimit.hint} after={standfirstLimit.after}>
        {(control) => (
          <textarea
            dir="auto"
            {...control}
            {...standfirstLimit.control}
            ref={standfirstRef}
            className="standfirst-input"
            rows={2}
            value={content.standfirst}
            placeholder="Two or three sentences: what is happening, and why it matters"
            onChange={(event) => onChange({ standfirst: event.target.value })}
          />
        )}
      </Field>

      <div className="brief-meta-row">
        <TextField
          dir="auto"
          id="brief-byline"
          label="Byline"
          className="text-input byline-input"
          value={content.byline}
          placeholder="Who wrote it"
          maxLength={BRIEF_TEXT_MAX.byline}
          onValue={(byline) => onChange({ byline })}
        />
        <TagsField tags={content.tags} onChange={(tags) => onChange({ tags })} />
      </div>
    </div>
  );
}
