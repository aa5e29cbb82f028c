import { describe, expect, it } from 'vitest';
import { cleanTags, fitFields, shorten } from '../../../../../main/services/import/fit-fields';
import { BriefContent, blankBriefContent, type PmNodeJson } from '../../../../../shared/model/brief';

const words = (count: number, word = 'harbour'): string => Array.from({ length: count }, (_, index) => `${word}${index}`).join(' ');

/** The texts of the paragraphs a body starts with. */
function leadingTexts(content: BriefContent): string[] {
  return (content.body.content ?? []).flatMap((node: PmNodeJson) =>
    node.type === 'paragraph' ? (node.content ?? []).map((child) => child.text ?? '') : [],
  );
}

const withBody = (fields: Partial<BriefContent>): BriefContent => ({
  ...blankBriefContent(),
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The article itself.' }] }] },
  ...fields,
});

describe('fitting recognised content into a brief', () => {
  it('leaves content that fits as it is, without a warning', () => {
    const content = withBody({ headline: 'A headline', tags: ['ports', 'energy'], language: 'de-CH' });
    expect(fitFields(content)).toEqual({ content, warnings: [] });
  });

  it.each([
    ['headline', 400],
    ['standfirst', 2000],
    ['byline', 400],
    ['section', 120],
  ] as const)('shortens a %s over %i characters at a word and keeps its full text at the top of the body', (field, max) => {
    const long = words(Math.ceil(max / 6));
    const { content, warnings } = fitFields(withBody({ [field]: long }));
    expect(content[field].length).toBeLessThanOrEqual(max);
    expect(content[field].endsWith('…')).toBe(true);
    expect(long.startsWith(content[field].slice(0, -1))).toBe(true);
    expect(leadingTexts(content)).toEqual([long, 'The article itself.']);
    expect(warnings).toEqual([
      `The ${field} was longer than ${max} characters: it was shortened, and the full text kept at the top of the body.`,
    ]);
    expect(BriefContent.safeParse(content).success).toBe(true);
  });

  it('keeps exactly 60 tags, and the 61st onwards in the body, so the brief can be saved', () => {
    const tags = Array.from({ length: 63 }, (_, index) => `tag ${index + 1}`);
    const { content, warnings } = fitFields(withBody({ tags }));
    expect(content.tags).toEqual(tags.slice(0, 60));
    expect(leadingTexts(content)[0]).toBe('Tags: tag 61, tag 62, tag 63');
    expect(warnings).toEqual(['3 tags did not fit (at most 60, each up to 80 characters) and were kept at the top of the body.']);
    expect(BriefContent.safeParse(content).success).toBe(true);
  });

  it('keeps a tag over 80 characters in the body, and says one tag', () => {
    const long = 'x'.repeat(81);
    const { content, warnings } = fitFields(withBody({ tags: ['fine', long] }));
    expect(content.tags).toEqual(['fine']);
    expect(leadingTexts(content)[0]).toBe(`Tags: ${long}`);
    expect(warnings).toEqual(['1 tag did not fit (at most 60, each up to 80 characters) and was kept at the top of the body.']);
  });

  it('keeps one of each tag whatever its case or spacing, and drops empty ones', () => {
    expect(cleanTags(['Energy', 'energy', ' ENERGY ', 'Grid  policy', 'grid policy', '', '  ', 'İstanbul', 'Ports'])).toEqual([
      'Energy',
      'Grid policy',
      'İstanbul',
      'Ports',
    ]);
    const { content } = fitFields(withBody({ tags: ['Ports', 'ports', 'PORTS'] }));
    expect(content.tags).toEqual(['Ports']);
  });

  it('marks an unknown language as English, and says so', () => {
    const { content, warnings } = fitFields(withBody({ language: 'english please' }));
    expect(content.language).toBe('en');
    expect(warnings).toEqual(['“english please” is not a language tag; the brief is marked as English (en).']);
  });

  it("shortens the hero's texts that are too long, keeping each in full", () => {
    const hero = { asset: `${'ab'.repeat(32)}.png`, alt: words(200), caption: words(400), credit: words(100) };
    const { content, warnings } = fitFields(withBody({ hero }));
    expect(content.hero?.alt.length).toBeLessThanOrEqual(1000);
    expect(content.hero?.caption.length).toBeLessThanOrEqual(2000);
    expect(content.hero?.credit.length).toBeLessThanOrEqual(500);
    expect(leadingTexts(content).slice(0, 3)).toEqual([hero.alt, hero.caption, hero.credit]);
    expect(warnings).toHaveLength(3);
    expect(BriefContent.safeParse(content).success).toBe(true);
  });

  it('keeps the first 50 related briefs', () => {
    const related = Array.from({ length: 52 }, (_, index) => ({
      kind: 'url' as const,
      url: `https://example.org/${index}`,
      title: `Report ${index}`,
    }));
    const { content, warnings } = fitFields(withBody({ related }));
    expect(content.related).toEqual(related.slice(0, 50));
    expect(warnings).toEqual(['Only the first 50 of 52 related briefs were kept.']);
  });
});

describe('shorten', () => {
  it('cuts at the last word that fits and adds an ellipsis, within the limit', () => {
    expect(shorten('Ports brace for a quieter season', 20)).toBe('Ports brace for a…');
    expect(shorten('Ports brace', 20)).toBe('Ports brace');
    // One long word is cut inside it.
    expect(shorten('x'.repeat(30), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
