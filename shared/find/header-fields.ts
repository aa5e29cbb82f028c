import type { BriefContent } from '../model/brief';

/** The header fields find & replace searches, in the order they appear on the page. */
export const HEADER_FIELDS = ['headline', 'standfirst', 'byline', 'heroAlt', 'heroCaption', 'heroCredit'] as const;
export type HeaderField = (typeof HEADER_FIELDS)[number];

interface FieldInfo {
  label: string;
  /** Id of the field's control in the brief header. */
  elementId: string;
  /** Whether the brief needs it filled (a replacement may not blank it). */
  required: boolean;
}

/** Label, control id and whether each header field is required. */
export const HEADER_FIELD_INFO: Record<HeaderField, FieldInfo> = {
  headline: { label: 'Headline', elementId: 'brief-headline', required: true },
  standfirst: { label: 'Standfirst', elementId: 'brief-standfirst', required: false },
  byline: { label: 'Byline', elementId: 'brief-byline', required: false },
  heroAlt: { label: 'Hero image alt text', elementId: 'hero-alt', required: true },
  heroCaption: { label: 'Hero image caption', elementId: 'hero-caption', required: false },
  heroCredit: { label: 'Hero image credit', elementId: 'hero-credit', required: false },
};

/** The text of a header field (empty where the brief has no hero image). */
export function headerFieldText(content: Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>, field: HeaderField): string {
  switch (field) {
    case 'headline':
    case 'standfirst':
    case 'byline':
      return content[field];
    case 'heroAlt':
      return content.hero?.alt ?? '';
    case 'heroCaption':
      return content.hero?.caption ?? '';
    case 'heroCredit':
      return content.hero?.credit ?? '';
  }
}

/** The header fields' texts, for the fields find & replace knows. */
export type HeaderTexts = Partial<Record<HeaderField, string>>;

/** A patch of the brief's content that sets the given header field texts. */
export function headerPatch(content: Pick<BriefContent, 'hero'>, texts: HeaderTexts): Partial<BriefContent> {
  const patch: Partial<BriefContent> = {};
  if (texts.headline !== undefined) patch.headline = texts.headline;
  if (texts.standfirst !== undefined) patch.standfirst = texts.standfirst;
  if (texts.byline !== undefined) patch.byline = texts.byline;
  const hero = content.hero;
  if (hero && (texts.heroAlt !== undefined || texts.heroCaption !== undefined || texts.heroCredit !== undefined)) {
    patch.hero = {
      ...hero,
      alt: texts.heroAlt ?? hero.alt,
      caption: texts.heroCaption ?? hero.caption,
      credit: texts.heroCredit ?? hero.credit,
    };
  }
  return patch;
}
