import { describe, expect, it } from 'vitest';
import {
  AssetId,
  blankBriefContent,
  BodyDoc,
  Brief,
  BriefContent,
  BriefId,
  BriefStatus,
  BriefSummary,
  DamagedBrief,
  emptyBody,
  HeroImage,
  IsoDateTime,
  PmNode,
  RelatedBrief,
  WordTarget,
} from '../../../../shared/model/brief';

const HASH = 'a'.repeat(40) + '0123456789abcdef0123456789ab'.slice(0, 24);

/** The first issue's message when `schema` refuses `value`, or null when it is accepted. */
function refusal(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? null : (result.error?.issues[0]?.message ?? '');
}

const content = (change: Partial<BriefContent> = {}): BriefContent => ({ ...blankBriefContent(), headline: 'Grid strain', ...change });

describe('brief ids (they are file names)', () => {
  it('takes 8 to 64 letters, digits, "-" and "_"', () => {
    for (const id of ['abcdEFGH', 'b-0123_xyz', 'x'.repeat(64), 'Z9_-Z9_-']) expect(refusal(BriefId, id)).toBeNull();
  });

  it('refuses ids that would leave the briefs folder or are too short or long, saying what an id is', () => {
    for (const id of [
      'abcdefg',
      'x'.repeat(65),
      '../../etc/passwd',
      'abcdefgh/../../x',
      '..\\abcdefgh',
      'abcd efgh',
      'abcdefgh.json',
      'brïefabcd',
      '',
    ]) {
      expect(refusal(BriefId, id)).toBe('A brief id is 8–64 letters, digits, "-" or "_"');
    }
  });
});

describe('asset ids (file names in assets/)', () => {
  it('takes a SHA-256 in lower-case hex with an image extension', () => {
    expect(HASH).toHaveLength(64);
    for (const extension of ['png', 'jpg', 'gif', 'webp', 'avif']) expect(refusal(AssetId, `${HASH}.${extension}`)).toBeNull();
  });

  it('refuses anything else: other extensions, short or upper-case hashes, paths', () => {
    for (const id of [
      `${HASH}.svg`,
      `${HASH}.html`,
      `${HASH}.png.exe`,
      `${HASH}.pngx`,
      `${HASH.slice(1)}.png`,
      `${HASH}0.png`,
      `${HASH.toUpperCase()}.png`,
      `../${HASH}.png`,
      `${HASH}.png/../../library.json`,
      `${'g'.repeat(64)}.png`,
      `${HASH}png`,
    ]) {
      expect(refusal(AssetId, id)).toBe('Not an asset id');
    }
  });
});

describe('dates, status, hero, related briefs', () => {
  it('takes ISO date-times in UTC or with an offset, nothing else', () => {
    expect(refusal(IsoDateTime, '2025-03-01T09:00:00.000Z')).toBeNull();
    expect(refusal(IsoDateTime, '2025-03-01T09:00:00+01:00')).toBeNull();
    expect(refusal(IsoDateTime, '2025-03-01')).not.toBeNull();
    expect(refusal(IsoDateTime, 'yesterday')).not.toBeNull();
  });

  it('knows the four statuses', () => {
    for (const status of ['draft', 'review', 'ready', 'published']) expect(refusal(BriefStatus, status)).toBeNull();
    expect(refusal(BriefStatus, 'archived')).not.toBeNull();
    expect(refusal(BriefStatus, '')).not.toBeNull();
  });

  it("keeps a hero's alt text up to 1000, caption 2000 and credit 500 characters", () => {
    const hero = { asset: `${HASH}.png`, alt: 'a'.repeat(1000), caption: 'c'.repeat(2000), credit: 'r'.repeat(500) };
    expect(refusal(HeroImage, hero)).toBeNull();
    expect(refusal(HeroImage, { ...hero, alt: 'a'.repeat(1001) })).not.toBeNull();
    expect(refusal(HeroImage, { ...hero, caption: 'c'.repeat(2001) })).not.toBeNull();
    expect(refusal(HeroImage, { ...hero, credit: 'r'.repeat(501) })).not.toBeNull();
    expect(refusal(HeroImage, { ...hero, asset: '../secret.png' })).toBe('Not an asset id');
  });

  it('links related briefs by id, and pages only over http(s) with a title up to 300 characters', () => {
    expect(refusal(RelatedBrief, { kind: 'brief', id: 'abcdefgh' })).toBeNull();
    expect(refusal(RelatedBrief, { kind: 'brief', id: '../x' })).not.toBeNull();
    expect(refusal(RelatedBrief, { kind: 'url', url: 'https://example.org/a', title: 't'.repeat(300) })).toBeNull();
    expect(refusal(RelatedBrief, { kind: 'url', url: 'http://example.org/a', title: '' })).toBeNull();
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ftp://example.org/a',
      'data:text/html,x',
      'xhttps://example.org',
      'httpx://example.org',
    ]) {
      expect(refusal(RelatedBrief, { kind: 'url', url, title: 'x' })).not.toBeNull();
    }
    expect(refusal(RelatedBrief, { kind: 'url', url: 'https://example.org/a', title: 't'.repeat(301) })).not.toBeNull();
    expect(refusal(RelatedBrief, { kind: 'page', url: 'https://example.org/a', title: '' })).not.toBeNull();
  });
});

describe('the body', () => {
  const paragraph = {
    type: 'paragraph',
    attrs: { dir: 'auto' },
    content: [{ type: 'text', text: 'Hi', marks: [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://example.org' } }] }],
  };

  it('takes a doc of typed nodes, with attributes, children, marks and text', () => {
    expect(refusal(BodyDoc, { type: 'doc', content: [paragraph] })).toBeNull();
    expect(refusal(BodyDoc, { type: 'doc' })).toBeNull();
    expect(BodyDoc.parse({ type: 'doc', content: [paragraph] })).toEqual({ type: 'doc', content: [paragraph] });
  });

  it('refuses a body that is not a doc, nodes without a type and malformed parts at any depth', () => {
    expect(refusal(BodyDoc, { type: 'paragraph', content: [] })).not.toBeNull();
    expect(refusal(BodyDoc, { type: 'doc', content: [{ type: '' }] })).not.toBeNull();
    expect(refusal(PmNode, { type: 'paragraph', content: [{ type: 'text', text: 5 }] })).not.toBeNull();
    expect(refusal(PmNode, { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: '' }] }] })).not.toBeNull();
    expect(
      refusal(PmNode, { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'bold', attrs: 'x' }] }] }),
    ).not.toBeNull();
    expect(refusal(PmNode, { type: 'paragraph', attrs: ['x'] })).not.toBeNull();
    expect(refusal(PmNode, { type: 'paragraph', content: { type: 'text' } })).not.toBeNull();
    expect(refusal(PmNode, { type: 'paragraph', marks: 'bold' })).not.toBeNull();
  });

  it('starts empty as one paragraph, a fresh copy each time', () => {
    const body = emptyBody();
    expect(body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    body.content?.push({ type: 'paragraph' });
    expect(emptyBody().content).toHaveLength(1);
  });
});

describe('word targets', () => {
  it('take a whole number from 1 to a million, or none', () => {
    for (const target of [1, 800, 1_000_000, null, undefined]) expect(refusal(WordTarget, target)).toBeNull();
    for (const target of [0, -5, 1_000_001, 1.5]) expect(refusal(WordTarget, target)).not.toBeNull();
  });
});

describe('brief content', () => {
  it('a blank brief is an empty draft in English with one empty paragraph', () => {
    expect(blankBriefContent()).toEqual({
      section: '',
      headline: '',
      standfirst: '',
      byline: '',
      tags: [],
      status: 'draft',
      language: 'en',
      hero: null,
      related: [],
      body: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    expect(refusal(BriefContent, blankBriefContent())).toBeNull();
  });

  it('keeps each field up to its length: section 120, headline 400, standfirst 2000, byline 400', () => {
    const longest = content({ section: 's'.repeat(120), headline: 'h'.repeat(400), standfirst: 'f'.repeat(2000), byline: 'b'.repeat(400) });
    expect(refusal(BriefContent, longest)).toBeNull();
    expect(refusal(BriefContent, { ...longest, section: 's'.repeat(121) })).not.toBeNull();
    expect(refusal(BriefContent, { ...longest, headline: 'h'.repeat(401) })).not.toBeNull();
    expect(refusal(BriefContent, { ...longest, standfirst: 'f'.repeat(2001) })).not.toBeNull();
    expect(refusal(BriefContent, { ...longest, byline: 'b'.repeat(401) })).not.toBeNull();
  });

  it('keeps up to 60 tags of 1 to 80 characters', () => {
    const tags = Array.from({ length: 60 }, (_, index) => `${'t'.repeat(78)}${String(index).padStart(2, '0')}`);
    expect(refusal(BriefContent, content({ tags }))).toBeNull();
    expect(refusal(BriefContent, content({ tags: [...tags, 'one more'] }))).not.toBeNull();
    expect(refusal(BriefContent, content({ tags: ['t'.repeat(81)] }))).not.toBeNull();
    expect(refusal(BriefContent, content({ tags: [''] }))).not.toBeNull();
  });

  it('takes language tags such as en, fil, pt-BR and zh-Hant-TW, and says so when it is not one', () => {
    for (const language of ['en', 'fil', 'pt-BR', 'zh-Hant-TW', 'es-419', 'de-CH-1901'])
      expect(refusal(BriefContent, content({ language }))).toBeNull();
    for (const language of ['e', 'english', 'en_US', 'en-', '-en', 'en-B', 'en-abcdefghi', '12', 'en US', '']) {
      expect(refusal(BriefContent, content({ language }))).toBe('Not a language tag');
    }
  });

  it('keeps up to 50 related briefs and a hero or none', () => {
    const related = Array.from({ length: 50 }, () => ({ kind: 'brief' as const, id: 'abcdefgh' }));
    expect(refusal(BriefContent, content({ related }))).toBeNull();
    expect(refusal(BriefContent, content({ related: [...related, { kind: 'brief', id: 'abcdefgh' }] }))).not.toBeNull();
    expect(refusal(BriefContent, content({ hero: { asset: `${HASH}.jpg`, alt: '', caption: '', credit: '' } }))).toBeNull();
  });
});

describe('a stored brief, its list row and a damaged file', () => {
  const stored = {
    ...content(),
    schemaVersion: 1,
    id: 'brief-0001',
    revision: 0,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    trashedAt: null,
  };

  it('reads a brief of format version 1, with its revision and dates', () => {
    expect(refusal(Brief, stored)).toBeNull();
    expect(refusal(Brief, { ...stored, trashedAt: '2025-03-02T09:00:00.000Z' })).toBeNull();
    expect(refusal(Brief, { ...stored, schemaVersion: 2 })).not.toBeNull();
    expect(refusal(Brief, { ...stored, revision: -1 })).not.toBeNull();
    expect(refusal(Brief, { ...stored, revision: 1.5 })).not.toBeNull();
    expect(refusal(Brief, { ...stored, id: '../evil' })).not.toBeNull();
    expect(refusal(Brief, { ...stored, createdAt: 'now' })).not.toBeNull();
  });

  it('describes a list row and a damaged file', () => {
    const row = {
      id: 'brief-0001',
      headline: '',
      section: '',
      status: 'draft',
      tags: ['energy'],
      wordCount: 0,
      createdAt: stored.createdAt,
      updatedAt: stored.updatedAt,
      trashedAt: null,
    };
    expect(refusal(BriefSummary, row)).toBeNull();
    expect(refusal(BriefSummary, { ...row, wordCount: -1 })).not.toBeNull();
    expect(refusal(BriefSummary, { ...row, wordCount: 2.5 })).not.toBeNull();
    expect(
      refusal(DamagedBrief, { id: 'anything', movedTo: 'quarantine/x.json', reason: 'Not valid JSON', detectedAt: stored.createdAt }),
    ).toBeNull();
    expect(
      refusal(DamagedBrief, { id: 'anything', movedTo: 'quarantine/x.json', reason: 'Not valid JSON', detectedAt: 'today' }),
    ).not.toBeNull();
  });
});
