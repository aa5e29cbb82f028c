import { describe, expect, it } from 'vitest';
import { formatTags, parseTags, readTags, tagsProblem } from '../../../../renderer/brief/parse-tags';

describe('parseTags', () => {
  it('splits on commas, trims, drops empties', () => {
    expect(parseTags(' Iran,  nuclear talks ,, ,Oman ')).toEqual(['Iran', 'nuclear talks', 'Oman']);
  });

  it('removes repeats case-insensitively, keeping the first spelling', () => {
    expect(parseTags('Gulf, gulf, GULF, Security, security ')).toEqual(['Gulf', 'Security']);
  });

  it('collapses inner whitespace and handles an empty field', () => {
    expect(parseTags('energy   security,\tgrid')).toEqual(['energy security', 'grid']);
    expect(parseTags('')).toEqual([]);
    expect(parseTags(' , ,')).toEqual([]);
  });

  it('round-trips through the text form', () => {
    const tags = ['Iran', 'nuclear talks'];
    expect(parseTags(formatTags(tags))).toEqual(tags);
  });
});

describe('readTags and tagsProblem', () => {
  it('keeps a tag over 80 characters out whole (never cut) and names it', () => {
    const long = `${'x'.repeat(80)}yz`;
    const parsed = readTags(`Iran, ${long}`);
    expect(parsed.tags).toEqual(['Iran']);
    expect(parsed.tooLong).toEqual([long]);
    expect(tagsProblem(parsed)).toMatch(/^Not saved, longer than 80 characters: “x{39}…”\. Shorten it to keep it\.$/);
  });

  it('keeps 60 tags and names those beyond', () => {
    const many = Array.from({ length: 63 }, (_, index) => `t${index}`).join(',');
    const parsed = readTags(many);
    expect(parsed.tags).toHaveLength(60);
    expect(parsed.beyond).toEqual(['t60', 't61', 't62']);
    expect(tagsProblem(parsed)).toBe('A brief keeps at most 60 tags; not saved: “t60”, “t61”, “t62”.');
  });

  it('says nothing when every tag is kept', () => {
    expect(tagsProblem(readTags('a, b'))).toBeNull();
  });
});
