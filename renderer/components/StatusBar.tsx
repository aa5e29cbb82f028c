import { type Editor, useEditorState } from '@tiptap/react';
import { useMemo } from 'react';
import type { BodyDoc } from '../../shared/model/brief';
import { countWords, readingMinutes } from '../../shared/model/word-count';
import { docWordCount } from '../model/doc-word-count';
import { readingLabel } from '../model/word-count-label';
import { PublishedWhere } from '../publish/PublishedWhere';
import type { SaveController } from '../save/save-controller';
import { SaveStatus } from './SaveStatus';

export interface StatusBarProps {
  /** The body as opened, counted until the editor is there. */
  initialBody: BodyDoc;
  /** The body editor, once ready: the count follows its document. */
  editor: Editor | null;
  controller: SaveController;
  onReload: () => void;
}

/**
 * Length of the body, where the brief is published, and whether it is on
 * disk. The count follows the editor's document after every change, counting
 * only the blocks that changed (docWordCount), and re-renders when it differs.
 */
export function StatusBar({ initialBody, editor, controller, onReload }: StatusBarProps) {
  const openedWords = useMemo(() => countWords(initialBody), [initialBody]);
  const liveWords = useEditorState({ editor, selector: ({ editor: current }) => (current ? docWordCount(current.state.doc) : null) });
  const words = liveWords ?? openedWords;
  return (
    <footer className="status-bar">
      <span className="word-count">{readingLabel(words, readingMinutes(words))}</span>
      <PublishedWhere controller={controller} />
      <SaveStatus controller={controller} onReload={onReload} />
    </footer>
  );
}
