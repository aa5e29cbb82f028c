import type { Brief } from '../../../shared/model/brief';
import { bodyLines } from '../../../shared/revisions/body-lines';
import type { FtsColumn } from '../library/index-schema';

/** The searchable text of a brief, one string per field (lines separated by "\n"). */
export interface BriefFields {
  headline: string;
  standfirst: string;
  section: string;
  tags: string;
  byline: string;
  /** The hero image's alt text, caption and credit. */
  caption: string;
  takeaways: string;
  deskTitle: string;
  deskText: string;
  deskSignOff: string;
  body: string;
}

export type SearchField = keyof BriefFields;

/** Every field, in the order a snippet is looked for in (after the headline), and the order they are stored in. */
export const SEARCH_FIELDS: readonly SearchField[] = [
  'headline',
  'standfirst',
  'takeaways',
  'deskTitle',
  'deskText',
  'deskSignOff',
  'body',
  'caption',
  'byline',
  'tags',
  'section',
];

/** Which fields make up each column of the full-text index. */
export const COLUMN_FIELDS: Record<FtsColumn, readonly SearchField[]> = {
  headline: ['headline'],
  takeaways: ['takeaways'],
  tags: ['tags', 'section'],
  standfirst: ['standfirst'],
  desk: ['deskTitle', 'deskText', 'deskSignOff'],
  byline: ['byline'],
  caption: ['caption'],
  body: ['body'],
};

/** The reader-facing markers bodyLines puts before a line ("## ", "- ", "1. ", "> "). */
const LINE_MARKERS = /^(?:#{1,6} |(?:[-*] |\d+\. |> |\s+))+/u;

/**
 * A brief's searchable text: the header fields, the tags, the hero image's
 * words, and the body as lines (shared/revisions/body-lines) sorted into
 * takeaways, the Editor's Desk (title, analysis, sign-off) and the rest.
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
  const hero = brief.hero;
  return {
    headline: brief.headline,
    standfirst: brief.standfirst,
    section: brief.section,
    tags: brief.tags.join('\n'),
    byline: brief.byline,
    caption: hero ? [hero.alt, hero.caption, hero.credit].filter((text) => text.trim() !== '').join('\n') : '',
    takeaways: parts.takeaways.join('\n'),
    deskTitle: parts.deskTitle.join('\n'),
    deskText: parts.deskText.join('\n'),
    deskSignOff: parts.deskSignOff.join('\n'),
    body: parts.body.join('\n'),
  };
}

/** The text of one column of the full-text index. */
export function columnText(fields: BriefFields, column: FtsColumn): string {
  return COLUMN_FIELDS[column].map((part) => fields[part]).join('\n');
}
