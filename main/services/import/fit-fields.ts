import { BRIEF_TEXT_MAX, HERO_TEXT_MAX, TAG_MAX, TAGS_MAX } from '../../../shared/model/field-limits';
import { BriefContent, type BriefContent as Content, type PmNodeJson } from '../../../shared/model/brief';

/** The longest value of each text field (from the brief schema). */
const TEXT_LIMITS = [
  ['headline', 'headline', BRIEF_TEXT_MAX.headline],
  ['standfirst', 'standfirst', BRIEF_TEXT_MAX.standfirst],
  ['byline', 'byline', BRIEF_TEXT_MAX.byline],
  ['section', 'section', BRIEF_TEXT_MAX.section],
] as const;

const MAX_TAGS = TAGS_MAX;
const MAX_TAG_LENGTH = TAG_MAX;
const MAX_RELATED = 50;

/** `text` cut to at most `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function paragraph(text: string): PmNodeJson {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** Tags trimmed, empty ones and repeats (ignoring case) left out. */
export function cleanTags(tags: string[]): string[] {
  const seen = new Set<string>();
  const clean: string[] = [];
  for (const tag of tags.map((value) => value.replace(/\s+/g, ' ').trim())) {
    const key = tag.toLocaleLowerCase();
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    clean.push(tag);
  }
  return clean;
}

/**
 * Content recognised in a file, made to fit the brief format without losing
 * text: a field longer than its limit is shortened and its full text kept
 * in a paragraph at the top of the body; tags are trimmed and de-duplicated,
 * those too long (or beyond 60) kept in the body; an unknown language tag
 * becomes `en`; related briefs beyond 50 are left out. Each change is
 * explained in `warnings`.
 */
export function fitFields(content: Content): { content: Content; warnings: string[] } {
  const warnings: string[] = [];
  const kept: PmNodeJson[] = [];
  const fitted: Content = { ...content };
  for (const [field, label, max] of TEXT_LIMITS) {
    const value = fitted[field];
    if (value.length <= max) continue;
    fitted[field] = shorten(value, max);
    kept.push(paragraph(value));
    warnings.push(`The ${label} was longer than ${max} characters: it was shortened, and the full text kept at the top of the body.`);
  }
  const tags = cleanTags(fitted.tags);
  const usable = tags.filter((tag) => tag.length <= MAX_TAG_LENGTH).slice(0, MAX_TAGS);
  const left = tags.filter((tag) => !usable.includes(tag));
  fitted.tags = usable;
  if (left.length > 0) {
    kept.push(paragraph(`Tags: ${left.join(', ')}`));
    warnings.push(
      `${left.length} ${left.length === 1 ? 'tag' : 'tags'} did not fit (at most ${MAX_TAGS}, each up to ${MAX_TAG_LENGTH} characters) and ${left.length === 1 ? 'was' : 'were'} kept at the top of the body.`,
    );
  }
  if (!BriefContent.shape.language.safeParse(fitted.language).success) {
    warnings.push(`“${fitted.language}” is not a language tag; the brief is marked as English (en).`);
    fitted.language = 'en';
  }
  if (fitted.hero) {
    const hero = { ...fitted.hero };
    for (const [field, max] of [
      ['alt', HERO_TEXT_MAX.alt],
      ['caption', HERO_TEXT_MAX.caption],
      ['credit', HERO_TEXT_MAX.credit],
    ] as const) {
      if (hero[field].length <= max) continue;
      kept.push(paragraph(hero[field]));
      hero[field] = shorten(hero[field], max);
      warnings.push(
        `The hero image's ${field === 'alt' ? 'alt text' : field} was too long: it was shortened, and the full text kept at the top of the body.`,
      );
    }
    fitted.hero = hero;
  }
  if (fitted.related.length > MAX_RELATED) {
    warnings.push(`Only the first ${MAX_RELATED} of ${fitted.related.length} related briefs were kept.`);
    fitted.related = fitted.related.slice(0, MAX_RELATED);
  }
  if (kept.length > 0) fitted.body = { ...fitted.body, content: [...kept, ...(fitted.body.content ?? [])] };
  return { content: fitted, warnings };
}
