import { useEffect, useRef } from 'react';

export interface GlobalShortcuts {
  /** Mod-N / Mod-Alt-N */
  onNewBrief: () => void;
  /** Mod-S */
  onSave: () => void;
}

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** The modifier key of shortcuts on this platform ("Mod"). */
export function hasMod(event: KeyboardEvent): boolean {
  return isMac ? event.metaKey : event.ctrlKey;
}

/** A label for shortcut hints: "⌘S" or "Ctrl+S". */
export function shortcutLabel(key: string, options: { alt?: boolean; shift?: boolean } = {}): string {
  if (isMac) return `${options.shift ? '⇧' : ''}${options.alt ? '⌥' : ''}⌘${key}`;
  return `Ctrl+${options.shift ? 'Shift+' : ''}${options.alt ? 'Alt+' : ''}${key}`;
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
      } else if ((key === 'n' || event.code === 'KeyN') && !event.shiftKey) {
        event.preventDefault();
        ref.current.onNewBrief();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
