import { type BriefContent, blankBriefContent, type PmNodeJson } from '../../../shared/model/brief';

const paragraph = (text: string): PmNodeJson => ({ type: 'paragraph', content: [{ type: 'text', text }] });

/** The parts of a brief a search test cares about; the rest is blank. */
export interface SearchableParts {
  headline: string;
  standfirst?: string;
  body?: string;
  takeaways?: string[];
  desk?: { title: string; text: string; deskName?: string; series?: string; publication?: string };
  tags?: string[];
  status?: BriefContent['status'];
  section?: string;
}

/** Brief content with takeaways, an Editor's Desk and body text, as the editor stores them. */
export function searchableContent(parts: SearchableParts): BriefContent {
  const content: PmNodeJson[] = [];
  if (parts.takeaways) {
    content.push({
      type: 'keyTakeaways',
      content: parts.takeaways.map((text) => ({ type: 'takeaway', content: [{ type: 'text', text }] })),
    });
  }
  if (parts.desk) {
    const { text, ...attrs } = parts.desk;
    content.push({
      type: 'editorsDesk',
      attrs: { deskName: '', series: '', publication: '', ...attrs },
      content: [paragraph(text)],
    });
  }
  content.push(parts.body ? paragraph(parts.body) : { type: 'paragraph' });
  return {
    ...blankBriefContent(),
    headline: parts.headline,
    standfirst: parts.standfirst ?? '',
    section: parts.section ?? '',
    tags: parts.tags ?? [],
    status: parts.status ?? 'draft',
    body: { type: 'doc', content },
  };
}
