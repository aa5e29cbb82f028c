import { describe, expect, it } from 'vitest';
import { readingLabel } from '../../../../renderer/format/word-count-label';

describe('readingLabel', () => {
  it('reads words and minutes, and says nothing of notes when there are none', () => {
    expect(readingLabel(1234, 6)).toBe('1,234 words · 6 min read');
    expect(readingLabel(1, 1, { notes: 0, words: 0 })).toBe('1 word · 1 min read');
  });

  it('counts the notes apart, with their own words', () => {
    expect(readingLabel(1234, 6, { notes: 3, words: 85 })).toBe('1,234 words · 6 min read · 3 notes, 85 words');
    expect(readingLabel(200, 1, { notes: 1, words: 1 })).toBe('200 words · 1 min read · 1 note, 1 word');
    expect(readingLabel(200, 1, { notes: 1200, words: 15000 })).toBe('200 words · 1 min read · 1,200 notes, 15,000 words');
  });
});
