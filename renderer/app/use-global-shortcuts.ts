import { useEffect, useRef } from 'react';
import { chordOf } from '../commands/command-catalog';
import { hasMod } from '../keyboard/mod-key';
import { matchesChord } from '../keyboard/use-dialog-shortcut';

export interface GlobalShortcuts {
  /** The New brief command's chord (Mod-Alt-N: Mod-N belongs to the browser, which opens a window). */
  onNewBrief: () => void;
  /** Mod-S */
  onSave: () => void;
  /** Mod-\ : show or hide the library. */
  onToggleLibrary: () => void;
}

/** App-wide keyboard shortcuts. */
export function useGlobalShortcuts(shortcuts: GlobalShortcuts): void {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!hasMod(event) || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      if (key === 's' && !event.altKey && !event.shiftKey) {
        event.preventDefault();
        ref.current.onSave();
      } else if (matchesChord(event, chordOf('new-brief'))) {
        event.preventDefault();
        ref.current.onNewBrief();
      } else if (event.code === 'Backslash' && !event.altKey && !event.shiftKey) {
        if (document.querySelector('dialog[open]') !== null) return;
        event.preventDefault();
        ref.current.onToggleLibrary();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
