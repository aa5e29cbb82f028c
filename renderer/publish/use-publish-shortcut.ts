import { useEffect, useRef } from 'react';
import { hasMod } from '../hooks/use-global-shortcuts';

/**
 * Mod-Alt-P opens Publish for the open brief (Mod-Shift-P is Preview, Mod-P
 * prints). Matched by key code, since Option+P types a character on a Mac;
 * listened for in the capture phase so the body editor does not see it; does
 * nothing while a dialog is open.
 */
export function usePublishShortcut(onOpen: () => void): void {
  const ref = useRef(onOpen);
  ref.current = onOpen;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!hasMod(event) || !event.altKey || event.shiftKey || event.defaultPrevented || event.code !== 'KeyP') return;
      if (document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      event.stopPropagation();
      ref.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
