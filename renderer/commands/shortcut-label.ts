import { shortcutLabel } from '../keyboard/mod-key';
import type { Shortcut } from './command-catalog';

/** A chord as this platform writes it: "Ctrl+Shift+L", "⇧⌘L", "Shift+F3". */
export function platformShortcut(shortcut: Shortcut): string {
  if (shortcut.mod) return shortcutLabel(shortcut.key, { shift: shortcut.shift, alt: shortcut.alt });
  return [shortcut.shift ? 'Shift' : null, shortcut.alt ? 'Alt' : null, shortcut.key].filter((part) => part !== null).join('+');
}

/**
 * Runs a command the way its key does: the chord is sent to the window, where
 * the feature that owns it listens (its own shortcut hook), so the palette and
 * the keyboard take the same path.
 */
export function pressShortcut(shortcut: Shortcut): void {
  const isMac = /Mac|iPhone|iPad/.test(navigator.platform);
  window.dispatchEvent(
    new KeyboardEvent('keydown', {
      key: shortcut.key.length === 1 ? shortcut.key.toLowerCase() : shortcut.key,
      code: shortcut.code,
      ctrlKey: Boolean(shortcut.mod) && !isMac,
      metaKey: Boolean(shortcut.mod) && isMac,
      shiftKey: Boolean(shortcut.shift),
      altKey: Boolean(shortcut.alt),
      bubbles: true,
      cancelable: true,
    }),
  );
}

/** Presses the enabled button of the app named `name` (its label or text); false when there is none. */
export function pressButton(name: string): boolean {
  const button = Array.from(document.querySelectorAll('button')).find(
    (candidate) => !candidate.disabled && (candidate.getAttribute('aria-label') ?? candidate.textContent?.trim()) === name,
  );
  button?.click();
  return button !== undefined;
}
