import type { Brief } from '../../../shared/model/brief';
import { bodyLines } from '../../../shared/revisions/body-lines';

/** The searchable text of a brief, one string per field (lines separated by "\n"). */
export interface BriefFields {
  headline: string;
  standfirst: string;
  section: string;
  tags: string;
  takeaways: string;
  deskTitle: string;
  deskText: string;
  deskSignOff: string;
  body: string;
}

export type SearchField = keyof BriefFields;

/** Every field, in the order a snippet is looked for in (after the headline). */
export const SEARCH_FIELDS: readonly SearchField[] = [
  'headline',
  'standfirst',
  'takeaways',
  'deskTitle',
  'deskText',
  'deskSignOff',
  'body',
  'tags',
  'section',
];

/** How much a match in each field counts: the headline most, the body least. */
export const FIELD_BOOST: Readonly<Record<SearchField, number>> = {
  headline: 5,
  tags: 3,
  standfirst: 2,
  section: 1.5,
  takeaways: 1.5,
  deskTitle: 1.5,
  deskText: 1,
  deskSignOff: 1,
  body: 1,
};

/** The reader-facing markers bodyLines puts before a line ("## ", "- ", "1. ", "> "). */
const LINE_MARKERS = /^(?:#{1,6} |(?:[-*] |\d+\. |> |\s+))+/u;

/**
 * A brief's searchable text: the header fields, the tags, and the body as
 * lines (shared/revisions/body-lines) sorted into takeaways, the Editor's
 * Desk (title, analysis, sign-off) and the rest.
 */
export function briefFields(brief: Brief): BriefFields {
  const parts: Record<'takeaways' | 'deskTitle' | 'deskText' | 'deskSignOff' | 'body', string[]> = {
    takeaways: [],
    deskTitle: [],
    deskText: [],
    deskSignOff: [],
    body: [],
  };
  for (const line of bodyLines(brief.body)) {
    const text = line.text.replace(LINE_MARKERS, '');
    if (text.trim() === '') continue;
    if (line.kind === 'takeaway') parts.takeaways.push(text);
    else if (line.kind === 'desk-title') parts.deskTitle.push(text);
    else if (line.kind === 'desk') parts.deskText.push(text);
    else if (line.kind === 'sign-off') parts.deskSignOff.push(text);
    else parts.body.push(text);
  }
  return {
    headline: brief.headline,
    standfirst: brief.standfirst,
    section: brief.section,
    tags: brief.tags.join('\n'),
    takeaways: parts.takeaways.join('\n'),
    deskTitle: parts.deskTitle.join('\n'),
    deskText: parts.deskText.join('\n'),
    deskSignOff: parts.deskSignOff.join('\n'),
    body: parts.body.join('\n'),
  };
}
