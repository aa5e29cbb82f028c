import type { Editor } from '@tiptap/react';
import { useMemo } from 'react';
import type { BodyDoc } from '../../shared/model/brief';
import { type NoteWords, noteWords } from '../../shared/model/word-count';
import { docNoteWords } from './doc-word-count';
import { useEditorStateAfterPaint } from './use-editor-state-after-paint';

const sameCount = (a: NoteWords | null, b: NoteWords | null): boolean => a?.notes === b?.notes && a?.words === b?.words;

/**
 * The footnotes of the open body and their words (counted apart from the
 * text and its reading time): from the body as opened until the editor is
 * there, then following its document once each change is painted.
 */
export function useNoteWords(initialBody: BodyDoc, editor: Editor | null): NoteWords {
  const opened = useMemo(() => noteWords(initialBody), [initialBody]);
  const live = useEditorStateAfterPaint(editor, (current) => (current ? docNoteWords(current.state.doc) : null), sameCount);
  return live ?? opened;
}
