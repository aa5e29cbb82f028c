import { describe, expect, it } from 'vitest';
import { BODY_WITH_NOTES } from '../../support/notes-body';
import { countWords, noteWords, plainTextOf } from '../../../../shared/model/word-count';

describe('word counts of a body with footnotes', () => {
  it('leaves the notes out of the text and the reading time, and counts them apart', () => {
    expect(plainTextOf(BODY_WITH_NOTES)).toBe('Connections tripled in two years.\nQueues grew\nReadiness wins');
    expect(countWords(BODY_WITH_NOTES)).toBe(9);
    expect(noteWords(BODY_WITH_NOTES)).toEqual({ notes: 3, words: 8 });
  });
});
