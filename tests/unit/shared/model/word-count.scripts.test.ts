import { describe, expect, it } from 'vitest';
import { countWordsInText, plainTextOf, readingMinutes } from '../../../../shared/model/word-count';

describe('word count across scripts and punctuation', () => {
  it('keeps words whole across combining marks (decomposed accents, Devanagari vowel signs)', () => {
    expect(countWordsInText('Cafe\u0301 re\u0301sume\u0301')).toBe(2);
    expect(countWordsInText('नमस्ते दुनिया')).toBe(2);
    expect(countWordsInText('٣٤ مليون')).toBe(2);
  });

  it('joins words by an apostrophe of either kind, a hyphen of any kind, a full stop or an underscore — not by a comma between letters', () => {
    expect(countWordsInText("don’t can't")).toBe(2);
    expect(countWordsInText('well\u2010known non\u2011stop state-of-the-art')).toBe(3);
    expect(countWordsInText('v2.1 file_name')).toBe(2);
    expect(countWordsInText('apples,pears,plums')).toBe(3);
    expect(countWordsInText('1,234,567 and 4,5')).toBe(3);
    expect(countWordsInText('a,1')).toBe(2);
    expect(countWordsInText("end. 'quoted' -dash- _under_")).toBe(4);
  });

  it('counts each Chinese, Hiragana or Katakana character (and the long-vowel mark) as a word', () => {
    expect(countWordsInText('中文')).toBe(2);
    expect(countWordsInText('ひらがな')).toBe(4);
    expect(countWordsInText('カタカナ')).toBe(4);
    expect(countWordsInText('コーヒー')).toBe(4);
    expect(countWordsInText('Tokyo東京')).toBe(3);
    expect(countWordsInText('東京Tokyo2024')).toBe(3);
  });

  it('segments Thai, Lao, Khmer and Myanmar runs into words, and counts the Latin words beside them', () => {
    const thai = countWordsInText('สวัสดีครับ');
    expect(thai).toBeGreaterThanOrEqual(2);
    expect(countWordsInText('Bangkok สวัสดีครับ news')).toBe(thai + 2);
    expect(countWordsInText('ສະບາຍດີ')).toBeGreaterThanOrEqual(1);
    expect(countWordsInText('សួស្តី')).toBeGreaterThanOrEqual(1);
    expect(countWordsInText('မင်္ဂလာပါ')).toBeGreaterThanOrEqual(1);
    // A Thai run with its vowel marks is one run, not split at each mark.
    expect(countWordsInText('ที่นี่')).toBeLessThanOrEqual(2);
    expect(countWordsInText('ไทย')).toBe(1);
  });

  it('gives no words for punctuation, symbols, stray vowel signs or nothing', () => {
    expect(countWordsInText('')).toBe(0);
    expect(countWordsInText('\u0E31 \u17D2')).toBe(0);
    expect(countWordsInText('— … • ©')).toBe(0);
  });

  it('rounds the reading time at 230 words a minute', () => {
    expect([1, 229, 230, 344, 345, 460, 2300].map(readingMinutes)).toEqual([1, 1, 1, 1, 2, 2, 10]);
  });

  it('joins the text of one block without separators, and blocks with a line break', () => {
    const text = (value: string) => ({ type: 'text', text: value });
    expect(plainTextOf({ type: 'paragraph', content: [text('over'), { type: 'hardBreak' }, text('due')] })).toBe('over\ndue');
    expect(plainTextOf({ type: 'paragraph', content: [text('over'), { type: 'image' }, text('due')] })).toBe('overdue');
    expect(
      plainTextOf({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [text('one')] },
          { type: 'paragraph', content: [text('two')] },
        ],
      }),
    ).toBe('one\ntwo');
  });
});
