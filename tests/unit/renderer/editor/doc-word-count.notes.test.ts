import { getSchema } from '@tiptap/core';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '../../../../shared/editor/body-extensions';
import { countWords, noteWords } from '../../../../shared/model/word-count';
import { docNoteWords, docWordCount } from '../../../../renderer/editor/doc-word-count';
import { BODY_WITH_NOTES as body } from '../../support/notes-body';

describe('word counts of a body with footnotes in the editor', () => {
  it('counts the same in the editor as in the saved JSON', () => {
    const doc = getSchema(bodyExtensions()).nodeFromJSON(body);
    expect(docWordCount(doc)).toBe(countWords(body));
    expect(docNoteWords(doc)).toEqual(noteWords(body));
  });
});
