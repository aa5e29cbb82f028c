import { useEffect, useRef } from 'react';
import { hasMod } from '../hooks/use-global-shortcuts';

/**
 * Mod-Alt-E opens Export briefs (Mod-E exports the open brief; Mod-Shift-E
 * inserts an Editor's Desk in the body). Matched by key code, since Option+E
 * is a dead key on a Mac. Does nothing while a dialog is open or when
 * `enabled` is false.
 */
export function useBulkExportShortcut(onOpen: () => void, enabled: boolean): void {
  const ref = useRef({ onOpen, enabled });
  ref.current = { onOpen, enabled };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!hasMod(event) || !event.altKey || event.shiftKey || event.defaultPrevented || event.code !== 'KeyE') return;
      if (!ref.current.enabled || document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      ref.current.onOpen();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
