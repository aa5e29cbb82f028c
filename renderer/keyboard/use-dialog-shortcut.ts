import { useEffect, useRef } from 'react';
import { hasMod } from './mod-key';

/** A Mod shortcut: the key by its code (`KeyH`), so Option on a Mac, which types characters, still works. */
export interface DialogShortcut {
  code: string;
  shift?: boolean;
  alt?: boolean;
}

/**
 * Whether `event` is Mod + `shortcut`, Shift and Alt exactly as given. AltGr
 * (which sets Ctrl and Alt on Windows and types letters such as Polish "ń")
 * is never taken for Ctrl+Alt.
 */
export function matchesChord(event: KeyboardEvent, { code, shift = false, alt = false }: DialogShortcut): boolean {
  if (!hasMod(event) || event.shiftKey !== shift || event.altKey !== alt || event.code !== code) return false;
  return !(alt && event.getModifierState('AltGraph'));
}

/**
 * Mod + `shortcut` calls `onOpen` — listened for in the capture phase, so the
 * body editor does not see it — unless `enabled` is false or a dialog is
 * already open. Shift and Alt must be exactly as given.
 */
export function useDialogShortcut(shortcut: DialogShortcut, onOpen: () => void, enabled = true): void {
  const ref = useRef({ onOpen, enabled });
  ref.current = { onOpen, enabled };
  const { code, shift = false, alt = false } = shortcut;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || !matchesChord(event, { code, shift, alt })) return;
      if (!ref.current.enabled || document.querySelector('dialog[open]') !== null) return;
      event.preventDefault();
      event.stopPropagation();
      ref.current.onOpen();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [code, shift, alt]);
}
