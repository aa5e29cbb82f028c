import { describe, expect, it } from 'vitest';
import { countWords, countWordsInText, readingMinutes } from '../../shared/model/word-count';

describe('word count', () => {
  it('counts a word split across marks once, and separates blocks and line breaks', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'half' }, { type: 'text', marks: [{ type: 'bold' }], text: 'bold word' }] },
        {
          type: 'keyTakeaways',
          content: [
            { type: 'takeaway', content: [{ type: 'text', text: 'one' }, { type: 'hardBreak' }, { type: 'text', text: 'two' }] },
            { type: 'takeaway', content: [{ type: 'text', text: 'three' }] },
          ],
        },
      ],
    };
    expect(countWords(doc)).toBe(5);
  });

  it('segments Chinese text and ignores punctuation', () => {
    expect(countWordsInText('“Hello,” she said — twice.')).toBe(4);
    expect(countWordsInText('我们明天开会')).toBeGreaterThan(1);
  });

  it('gives reading time in whole minutes', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1200)).toBe(5);
  });
});
