import { useEffect, useRef } from 'react';
import { hasMod } from '../keyboard/mod-key';

/**
 * Mod-O opens the Import picker (Mod-I is italic in the editor, Mod-Shift-I
 * the developer tools). Does nothing while a dialog is open.
 */
export function useImportShortcut(onImport: () => void): void {
  const ref = useRef(onImport);
  ref.current = onImport;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!hasMod(event) || event.altKey || event.shiftKey || event.defaultPrevented) return;
      if (event.key.toLowerCase() !== 'o' && event.code !== 'KeyO') return;
      event.preventDefault();
      if (document.querySelector('dialog[open]') !== null) return;
      ref.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
