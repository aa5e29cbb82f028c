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

/**
 * The fields of the index: the brief's fields grouped by how much a match
 * counts — the headline most, the body least. Fields of one weight share an
 * index field (joined by line breaks), so a word in them is scored once per
 * brief instead of once per field.
 */
export const INDEX_FIELDS = {
  headline: { parts: ['headline'], boost: 5 },
  tags: { parts: ['tags'], boost: 3 },
  standfirst: { parts: ['standfirst'], boost: 2 },
  notes: { parts: ['section', 'takeaways', 'deskTitle'], boost: 1.5 },
  text: { parts: ['deskText', 'deskSignOff', 'body'], boost: 1 },
} as const satisfies Record<string, { parts: readonly SearchField[]; boost: number }>;

export type IndexField = keyof typeof INDEX_FIELDS;

/** The index fields, in order. */
export const INDEX_FIELD_NAMES = Object.keys(INDEX_FIELDS) as IndexField[];

/** The text of an index field of a brief. */
export function indexFieldText(fields: BriefFields, field: IndexField): string {
  const { parts } = INDEX_FIELDS[field];
  return parts.length === 1 ? fields[parts[0]] : parts.map((part) => fields[part]).join('\n');
}

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
