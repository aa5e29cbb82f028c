import type { BodyDoc, BriefContent, PmNodeJson } from '../../../shared/model/brief';
import type { DeskBlockFields } from '../../../shared/model/desk-block';
import { sampleContent } from './store-fixtures';

export const para = (text?: string): PmNodeJson =>
  text === undefined ? { type: 'paragraph' } : { type: 'paragraph', content: [{ type: 'text', text }] };

export const takeaways = (...items: string[]): PmNodeJson => ({
  type: 'keyTakeaways',
  content: items.map((text) => (text ? { type: 'takeaway', content: [{ type: 'text', text }] } : { type: 'takeaway' })),
});

export const heading = (text: string, level = 2): PmNodeJson => ({
  type: 'heading',
  attrs: { level },
  content: [{ type: 'text', text }],
});

export interface DeskAttrs {
  title?: string;
  deskName?: string;
  series?: string;
  publication?: string;
  libraryRef?: string | null;
}

export const desk = (attrs: DeskAttrs, ...content: PmNodeJson[]): PmNodeJson => ({
  type: 'editorsDesk',
  attrs: { title: 'Strategic Analysis', deskName: '', series: '', publication: '', libraryRef: null, ...attrs },
  content: content.length > 0 ? content : [para()],
});

export const doc = (...content: PmNodeJson[]): BodyDoc => ({ type: 'doc', content });

/** A desk-library block about port logistics. */
export const harbourDesk = (overrides: Partial<DeskBlockFields> = {}): DeskBlockFields => ({
  name: 'Harbourline weekly note',
  title: 'Why sequencing wins',
  deskName: 'Harbourline Policy Desk',
  series: 'Strategic Insight',
  publication: 'The Harbourline Brief',
  content: [para('A narrow first deal buys time for the harder questions.')],
  ...overrides,
});

/** Brief content whose body holds the given blocks. */
export function contentWithBody(headline: string, ...blocks: PmNodeJson[]): BriefContent {
  return { ...sampleContent(headline), body: doc(...blocks) };
}
