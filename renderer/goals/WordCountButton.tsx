import type { Editor } from '@tiptap/react';
import { type KeyboardEvent, useId, useState } from 'react';
import type { BodyDoc } from '../../shared/model/brief';
import { sectionWords } from '../../shared/model/section-words';
import { countWordsInText, readingMinutes } from '../../shared/model/word-count';
import { useEditorStateAfterPaint } from '../editor/use-editor-state-after-paint';
import { wordsLabel } from '../format/word-count-label';
import { useWordsToday } from './words-today';
import './goals.css';

const numberFormat = new Intl.NumberFormat('en');

export interface WordCountButtonProps {
  briefId: string;
  /** The status bar's reading label ("812 words · 4 min read…"). */
  label: string;
  words: number;
  initialBody: BodyDoc;
  editor: Editor | null;
  wordTarget: number | null;
  onWordTarget: (target: number | null) => void;
}

function selectionWords(editor: Editor | null): number {
  if (!editor) return 0;
  const { from, to } = editor.state.selection;
  return from === to ? 0 : countWordsInText(editor.state.doc.textBetween(from, to, '\n', ' '));
}

/** The status bar's count: progress to the word target, and a popover with counts by section, the selection's, reading time, today's words and the target. */
export function WordCountButton({ briefId, label, words, initialBody, editor, wordTarget, onWordTarget }: WordCountButtonProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const today = useWordsToday(briefId, words);
  const selected = useEditorStateAfterPaint(editor, (current) => selectionWords(current), Object.is) ?? 0;
  const progress = wordTarget ? `${numberFormat.format(words)} / ${numberFormat.format(wordTarget)} words` : null;
  const close = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape') return;
    event.stopPropagation();
    setOpen(false);
  };
  return (
    <span className="word-count-goal">
      <button
        type="button"
        className="word-count button-quiet"
        aria-expanded={open}
        aria-controls={panelId}
        title="Counts and word target"
        onClick={() => setOpen(!open)}
      >
        {progress ? `${progress} · ${label.replace(/^[\d,]+ words? · /, '')}` : label}
      </button>
      {wordTarget !== null && (
        <progress className="word-target-bar" aria-label="Word target progress" max={wordTarget} value={Math.min(words, wordTarget)} />
      )}
      {open && (
        <CountsPanel id={panelId} onKeyDown={close} {...{ editor, initialBody, selected, today, words, wordTarget, onWordTarget }} />
      )}
    </span>
  );
}

interface CountsPanelProps {
  id: string;
  onKeyDown: (event: KeyboardEvent) => void;
  editor: Editor | null;
  initialBody: BodyDoc;
  selected: number;
  today: number;
  words: number;
  wordTarget: number | null;
  onWordTarget: (target: number | null) => void;
}

function CountsPanel({ id, onKeyDown, editor, initialBody, selected, today, words, wordTarget, onWordTarget }: CountsPanelProps) {
  const sections = sectionWords(editor ? editor.getJSON() : initialBody);
  const [draft, setDraft] = useState(wordTarget === null ? '' : String(wordTarget));
  const targetId = useId();
  const valid = draft.trim() === '' || /^\d{1,7}$/.test(draft.trim());
  const commit = (): void => {
    const text = draft.trim();
    if (!valid) return;
    const value = text === '' ? null : Number(text);
    onWordTarget(value === 0 ? null : value);
  };
  const rows: [string, string][] = [
    ['Selection', wordsLabel(selected)],
    ['Key Takeaways', wordsLabel(sections.takeaways)],
    ['Editor’s Desk', wordsLabel(sections.desk)],
    ['Body', wordsLabel(sections.body)],
    ['Footnotes', wordsLabel(sections.notes)],
    ['Reading time', `${readingMinutes(words)} min`],
    ['Written today', wordsLabel(today)],
  ];
  return (
    <div id={id} className="word-count-panel" role="group" aria-label="Counts" onKeyDown={onKeyDown}>
      <dl>
        {rows.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <label htmlFor={targetId}>Word target</label>
      <input
        id={targetId}
        type="text"
        inputMode="numeric"
        placeholder="None"
        value={draft}
        aria-invalid={!valid}
        aria-describedby={`${targetId}-hint`}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit();
        }}
      />
      <p id={`${targetId}-hint`} className="word-count-hint">
        {valid ? 'Words this brief should reach; empty for none. Saved with the brief.' : 'A whole number of words, up to 1,000,000.'}
      </p>
    </div>
  );
}
