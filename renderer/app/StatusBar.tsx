import type { Editor } from '@tiptap/react';
import { useMemo } from 'react';
import type { BodyDoc } from '../../shared/model/brief';
import { countWords, readingMinutes } from '../../shared/model/word-count';
import { useEditorStateAfterPaint } from '../editor/use-editor-state-after-paint';
import { docWordCount } from '../editor/doc-word-count';
import { useNoteWords } from '../editor/use-note-words';
import { readingLabel } from '../format/word-count-label';
import { WordCountButton } from '../goals/WordCountButton';
import { PublishedWhere } from '../publish/PublishedWhere';
import type { SaveController } from '../save/save-controller';
import { SaveStatus } from '../save/SaveStatus';

export interface StatusBarProps {
  /** The body as opened, counted until the editor is there. */
  initialBody: BodyDoc;
  /** The body editor, once ready: the count follows its document. */
  editor: Editor | null;
  controller: SaveController;
  onReload: () => void;
  briefId: string;
  wordTarget: number | null;
  onWordTarget: (target: number | null) => void;
}

/**
 * Length of the body, where the brief is published, and whether it is on
 * disk. The count follows the editor's document once each change is painted,
 * counting only the blocks that changed (docWordCount), and re-renders when it differs.
 */
export function StatusBar({ initialBody, editor, controller, onReload, briefId, wordTarget, onWordTarget }: StatusBarProps) {
  const openedWords = useMemo(() => countWords(initialBody), [initialBody]);
  const liveWords = useEditorStateAfterPaint(editor, (current) => (current ? docWordCount(current.state.doc) : null), Object.is);
  const words = liveWords ?? openedWords;
  return (
    <footer className="status-bar" role="region" aria-label="Status bar" data-region="status" tabIndex={-1}>
      <WordCountButton
        {...{ briefId, words, initialBody, editor, wordTarget, onWordTarget }}
        label={readingLabel(words, readingMinutes(words), useNoteWords(initialBody, editor))}
      />
      <PublishedWhere controller={controller} />
      <SaveStatus controller={controller} onReload={onReload} />
    </footer>
  );
}
