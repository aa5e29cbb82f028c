import { describe, expect, it } from 'vitest';
import { countWords, countWordsInText, readingMinutes } from '../../../../shared/model/word-count';

describe('word count', () => {
  it('counts a word split across marks once, and separates blocks and line breaks', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'half' },
            { type: 'text', marks: [{ type: 'bold' }], text: 'bold word' },
          ],
        },
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

  it('ignores punctuation and keeps joined words whole', () => {
    expect(countWordsInText('“Hello,” she said — twice.')).toBe(4);
    expect(countWordsInText("Don't stop: it's 10,000 troops, 3.5% more, e.g. a well-known snake_case term")).toBe(12);
    expect(countWordsInText('Émile Zola — Привет, мир')).toBe(4);
    expect(countWordsInText(' … — ')).toBe(0);
  });

  it('counts each Chinese or Japanese character as a word and segments Thai', () => {
    expect(countWordsInText('我们明天开会')).toBe(6);
    expect(countWordsInText('2024年の日本')).toBe(5);
    expect(countWordsInText('ภาษาไทยง่ายนิดเดียว')).toBeGreaterThan(1);
    expect(countWordsInText('Bangkok ภาษาไทย')).toBeGreaterThan(2);
  });

  it('counts a long text word by word', () => {
    const text = Array.from({ length: 20_000 }, (_, index) => `word${index % 7}`).join(' ');
    expect(countWordsInText(text)).toBe(20_000);
  });

  it('gives reading time in whole minutes', () => {
    expect(readingMinutes(0)).toBe(0);
    expect(readingMinutes(10)).toBe(1);
    expect(readingMinutes(1200)).toBe(5);
  });
});
