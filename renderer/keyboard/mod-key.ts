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
