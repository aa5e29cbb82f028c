import type { Editor } from '@tiptap/core';
import { type KeyboardEvent, useEffect, useRef } from 'react';
import type { BriefContent } from '../../shared/model/brief';
import { chordOf } from '../commands/command-catalog';
import { hasMod, shortcutLabel } from '../keyboard/mod-key';
import { useDialogShortcut } from '../keyboard/use-dialog-shortcut';
import { type FindController, useFind } from './use-find';
import './find.css';

export interface FindBarProps {
  editor: Editor | null;
  content: Pick<BriefContent, 'headline' | 'standfirst' | 'byline' | 'hero'>;
  onChange: (patch: Partial<BriefContent>) => void;
}

function statusText(find: FindController): string {
  if (find.options.search === '' || find.problem) return '';
  const count = find.results?.matches.length ?? 0;
  if (count === 0) return 'No matches';
  return `${(find.current + 1).toLocaleString()} of ${count.toLocaleString()}`;
}

/**
 * The find & replace bar over the open brief: Mod-F opens Find, Mod-H or
 * Mod-Alt-F opens Replace; Enter / Shift+Enter and F3 / Shift+F3 move
 * between matches; Escape closes it and leaves the caret at the match.
 */
export function FindBar({ editor, content, onChange }: FindBarProps) {
  const find = useFind(editor, content, onChange);
  const searchRef = useRef<HTMLInputElement>(null);
  const replaceRef = useRef<HTMLInputElement>(null);
  const { mode, open, step } = find;
  const isOpen = mode !== 'closed';

  const openAndFocus = (next: 'find' | 'replace'): void => {
    open(next);
    requestAnimationFrame(() => {
      const input = next === 'replace' && find.options.search !== '' ? replaceRef.current : searchRef.current;
      input?.focus();
      input?.select();
    });
  };
  useDialogShortcut(chordOf('find'), () => openAndFocus('find'), editor !== null);
  useDialogShortcut(chordOf('replace'), () => openAndFocus('replace'), editor !== null);
  useDialogShortcut(chordOf('replace', 'alternative'), () => openAndFocus('replace'), editor !== null);

  // F3 / Shift+F3 anywhere while the bar is open.
  useEffect(() => {
    if (!isOpen) return;
    const onKeyDown = (event: globalThis.KeyboardEvent): void => {
      if (event.key !== 'F3' || event.defaultPrevented) return;
      event.preventDefault();
      step(event.shiftKey ? -1 : 1);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isOpen, step]);

  if (!isOpen) return null;

  const count = find.results?.matches.length ?? 0;
  const current = find.results?.matches[find.current] ?? null;
  const status = statusText(find);

  function onBarKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    if (event.key === 'Escape') {
      event.preventDefault();
      find.close();
    } else if (hasMod(event.nativeEvent) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z') {
      if (find.undoReplaceAll()) event.preventDefault();
    }
  }

  function onSearchKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    step(event.shiftKey ? -1 : 1);
  }

  function onReplaceKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    if (event.shiftKey) step(-1);
    else if (hasMod(event.nativeEvent)) find.replaceAll();
    else find.replaceCurrent();
  }

  const option = (name: 'caseSensitive' | 'wholeWord' | 'regexp', label: string, short: string) => (
    <label className="find-option" title={label}>
      <input type="checkbox" checked={find.options[name]} onChange={(event) => find.setOptions({ [name]: event.target.checked })} />
      <span aria-hidden="true" className="find-option-short">
        {short}
      </span>
      <span className="visually-hidden">{label}</span>
    </label>
  );

  return (
    <div className="find-bar" role="search" aria-label="Find and replace" onKeyDown={onBarKeyDown}>
      <div className="find-row">
        <button
          type="button"
          className="toolbar-button find-toggle"
          aria-label="Show replace"
          aria-expanded={mode === 'replace'}
          title="Replace (Ctrl/⌘+H)"
          onClick={() => open(mode === 'replace' ? 'find' : 'replace')}
        >
          <span aria-hidden="true">{mode === 'replace' ? '▾' : '▸'}</span>
        </button>
        <input
          ref={searchRef}
          type="search"
          className="text-input find-input"
          aria-label="Find"
          aria-invalid={find.problem !== null}
          aria-describedby={find.problem ? 'find-problem' : undefined}
          placeholder="Find"
          spellCheck={false}
          value={find.options.search}
          onChange={(event) => find.setOptions({ search: event.target.value })}
          onKeyDown={onSearchKeyDown}
        />
        <span className="find-count" role="status">
          {status}
        </span>
        {option('caseSensitive', 'Match case', 'Aa')}
        {option('wholeWord', 'Whole word', 'W')}
        {option('regexp', 'Regular expression', '.*')}
        <button
          type="button"
          className="toolbar-button"
          aria-label="Previous match"
          title="Previous match (Shift+Enter, Shift+F3)"
          disabled={count === 0}
          onClick={() => step(-1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="toolbar-button"
          aria-label="Next match"
          title="Next match (Enter, F3)"
          disabled={count === 0}
          onClick={() => step(1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button type="button" className="toolbar-button" aria-label="Close find" title="Close (Escape)" onClick={find.close}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <span className="find-toggle-space" aria-hidden="true" />
          <input
            ref={replaceRef}
            type="text"
            className="text-input find-input"
            aria-label="Replace with"
            placeholder={find.options.regexp ? 'Replace with ($1 for a group)' : 'Replace with'}
            spellCheck={false}
            value={find.options.replace}
            onChange={(event) => find.setOptions({ replace: event.target.value })}
            onKeyDown={onReplaceKeyDown}
          />
          <button type="button" className="button" disabled={!current || current.synced} onClick={find.replaceCurrent}>
            Replace
          </button>
          <button
            type="button"
            className="button"
            title={`Replace all (${shortcutLabel('Enter')} in Replace with)`}
            disabled={count === 0}
            onClick={find.replaceAll}
          >
            Replace all
          </button>
        </div>
      )}
      {find.problem && (
        <p id="find-problem" className="inline-error-text find-message" role="alert">
          {find.problem}
        </p>
      )}
      {!find.problem && current && (
        <p className="find-where">
          In {current.label}
          {current.synced && ' — a synced Editor’s Desk block: found, but replaced only after “Edit original” or “Detach” on the block.'}
        </p>
      )}
      {find.notice && (
        <p className="find-message find-notice" aria-live="polite">
          {find.notice}
        </p>
      )}
    </div>
  );
}
