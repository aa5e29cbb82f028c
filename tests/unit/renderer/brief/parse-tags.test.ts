import { describe, expect, it } from 'vitest';
import { formatTags, parseTags } from '../../../../renderer/brief/parse-tags';

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

  it('keeps tags within the model’s limits (80 characters, 60 tags)', () => {
    expect(parseTags('x'.repeat(100))[0]).toHaveLength(80);
    const many = Array.from({ length: 70 }, (_, index) => `t${index}`).join(',');
    expect(parseTags(many)).toHaveLength(60);
  });

  it('round-trips through the text form', () => {
    const tags = ['Iran', 'nuclear talks'];
    expect(parseTags(formatTags(tags))).toEqual(tags);
  });
});
