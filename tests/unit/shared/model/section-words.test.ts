import { describe, expect, it } from 'vitest';
import { sectionWords } from '../../../../shared/model/section-words';
import { countWords } from '../../../../shared/model/word-count';

import { Brief, blankBriefContent, WordTarget } from '../../../../shared/model/brief';
import { desk, doc, heading, para, takeaways } from '../../support/body-fixtures';
import { BODY_WITH_NOTES } from '../../support/notes-body';

describe('sectionWords', () => {
  it('counts takeaways, the desk (fields and text) and the rest apart', () => {
    const body = doc(
      takeaways('Rates stay high', 'Growth slows down', 'Jobs hold'),
      heading('The outlook'),
      para('Inflation eases slowly this year.'),
      { type: 'bulletList', content: [{ type: 'listItem', content: [para('One more point')] }] },
      desk({ title: 'Why it matters', deskName: 'Macro desk', series: '', publication: 'The Brief' }, para('Patience pays.')),
    );
    expect(sectionWords(body)).toEqual({ takeaways: 8, desk: 9, body: 10, notes: 0 });
  });

  it('leaves footnotes out of every section and counts them apart', () => {
    const words = sectionWords(BODY_WITH_NOTES);
    expect(words).toEqual({ takeaways: 2, desk: 3, body: 5, notes: 8 });
    // The sections' text adds up to the status bar's count (desk fields aside).
    expect(words.takeaways + words.body + 2).toBe(countWords(BODY_WITH_NOTES));
  });

  it('leaves out a footnote standing alone in a paragraph', () => {
    const onlyNote = { type: 'paragraph', content: [{ type: 'footnote', content: [para('Source: port authority')] }] };
    expect(sectionWords(doc(para('Volumes fell.'), onlyNote))).toEqual({ takeaways: 0, desk: 0, body: 2, notes: 3 });
  });

  it('counts a word split across marks once, also beside a line break', () => {
    const split = {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'over' },
        { type: 'text', text: 'due', marks: [{ type: 'bold' }] },
      ],
    };
    const withBreak = { ...split, content: [...split.content, { type: 'hardBreak' }, { type: 'text', text: 'now' }] };
    expect(sectionWords(doc(split, withBreak))).toEqual({ takeaways: 0, desk: 0, body: 3, notes: 0 });
  });

  it('finds takeaways and desks inside other blocks, and counts only the desk fields that are text', () => {
    const quote = { type: 'blockquote', content: [takeaways('Rates stay high', 'b', 'c'), para('Quoted words')] };
    expect(sectionWords(doc(quote))).toEqual({ takeaways: 5, desk: 0, body: 2, notes: 0 });
    const odd = desk({ title: 'Why it matters', deskName: 'Macro desk', series: '', publication: '' }, para('Patience pays.'));
    const withNumber = { ...odd, attrs: { ...odd.attrs, series: 2024 } };
    expect(sectionWords(doc(withNumber)).desk).toBe(7);
  });

  it('counts Chinese text by character in any section', () => {
    expect(sectionWords(doc(takeaways('经济增长', 'b', 'c'), para('市场')))).toMatchObject({ takeaways: 6, body: 2 });
  });
});

describe('the word target', () => {
  it('is optional: a brief written before it existed reads unchanged', () => {
    const stored = {
      schemaVersion: 1,
      id: 'abcdefgh1234',
      revision: 0,
      createdAt: '2025-03-01T09:00:00.000Z',
      updatedAt: '2025-03-01T09:00:00.000Z',
      trashedAt: null,
      ...blankBriefContent(),
      headline: 'Old',
      body: doc(para('x')),
    };
    expect(Brief.parse(stored).wordTarget).toBeUndefined();
    expect(Brief.parse({ ...stored, wordTarget: 1200 }).wordTarget).toBe(1200);
  });

  it('is a whole number of at least 1, or null for none', () => {
    expect(WordTarget.safeParse(null).success).toBe(true);
    for (const bad of [0, -5, 2.5, '1200', 2_000_000]) expect(WordTarget.safeParse(bad).success).toBe(false);
  });
});
