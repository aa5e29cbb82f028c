import { useEffect, useRef } from 'react';
import { hasMod } from '../keyboard/mod-key';

export interface ExportShortcuts {
  /** Mod-E */
  onExport: () => void;
  /** Mod-Shift-P */
  onPreview: () => void;
}

/** Dialogs these shortcuts may replace; any other open dialog keeps them from acting. */
const OWN_DIALOGS = '.export-dialog, .preview-dialog';

/**
 * Export (Mod-E) and Preview (Mod-Shift-P) of the open brief. Listens in the
 * capture phase so the body editor's own Mod-E (inline code) does not take
 * the keystroke first; does nothing while another dialog is open.
 */
export function useExportShortcuts(shortcuts: ExportShortcuts): void {
  const ref = useRef(shortcuts);
  ref.current = shortcuts;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!hasMod(event) || event.altKey || event.defaultPrevented) return;
      const key = event.key.toLowerCase();
      const isExport = (key === 'e' || event.code === 'KeyE') && !event.shiftKey;
      const isPreview = (key === 'p' || event.code === 'KeyP') && event.shiftKey;
      if (!isExport && !isPreview) return;
      const openDialog = document.querySelector('dialog[open]');
      if (openDialog !== null && !openDialog.matches(OWN_DIALOGS)) return;
      event.preventDefault();
      event.stopPropagation();
      if (isExport) ref.current.onExport();
      else ref.current.onPreview();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
}
