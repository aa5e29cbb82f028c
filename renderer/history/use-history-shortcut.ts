import { useEffect, useRef } from 'react';
import { hasMod } from '../hooks/use-global-shortcuts';

/**
 * Mod-Shift-H opens the open brief's History. (Mod-Alt-H is "Hide Others"
 * on a Mac, Mod-H hides the app there; the body editor binds no Mod-Shift-H.)
 * Matched by key code, listened for in the capture phase so the editor
 * does not see it; does nothing while a dialog is open.
 */
export function useHistoryShortcut(onOpen: () => void): void {
  const ref = useRef(onOpen);
  ref.current = onOpen;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!hasMod(event) || !event.shiftKey || event.altKey || event.defaultPrevented || event.code !== 'KeyH') return;
      if (document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      event.stopPropagation();
      ref.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
