import type { PmNodeJson } from '../../../shared/model/brief';

const text = (value: string): PmNodeJson => ({ type: 'text', text: value });
const note = (...content: PmNodeJson[]): PmNodeJson => ({ type: 'footnote', content });

/** A body with a note in a paragraph, in a takeaway (two lines) and in the Editor's Desk. */
export const BODY_WITH_NOTES: PmNodeJson = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [text('Connections tripled'), note(text('Port filings, 2025.')), text(' in two years.')] },
    {
      type: 'keyTakeaways',
      content: [{ type: 'takeaway', content: [text('Queues grew'), note(text('Register'), { type: 'hardBreak' }, text('of requests'))] }],
    },
    {
      type: 'editorsDesk',
      attrs: { title: 'Analysis' },
      content: [{ type: 'paragraph', content: [text('Readiness wins'), note(text('Draft rules'))] }],
    },
  ],
};
