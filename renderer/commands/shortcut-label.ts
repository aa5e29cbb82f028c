import { shortcutLabel } from '../keyboard/mod-key';
import { COMMANDS, type Shortcut } from './command-catalog';

/** A chord as this platform writes it: "Ctrl+Shift+L", "⇧⌘L", "Shift+F3". */
export function platformShortcut(shortcut: Shortcut): string {
  if (shortcut.mod) return shortcutLabel(shortcut.key, { shift: shortcut.shift, alt: shortcut.alt });
  return [shortcut.shift ? 'Shift' : null, shortcut.alt ? 'Alt' : null, shortcut.key].filter((part) => part !== null).join('+');
}

/** The shortcut of command `id` as this platform writes it (for a tooltip or a hint); throws for a command without one. */
export function commandShortcutLabel(id: string): string {
  const shortcut = COMMANDS.find((command) => command.id === id)?.shortcut;
  if (!shortcut) throw new Error(`No shortcut for the command "${id}".`);
  return platformShortcut(shortcut);
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

/** The enabled control under `root` matching `selector` whose name (label, or text) is `name`. */
function control(root: ParentNode, selector: string, name: string, nameOf: (element: HTMLElement) => string | null | undefined) {
  const named = Array.from(root.querySelectorAll<HTMLButtonElement>(selector)).filter(
    (candidate) => !candidate.disabled && nameOf(candidate)?.trim() === name,
  );
  // The one shown, when the stylesheet shows one of several (the Outline's toggles for a wide and a narrow pane).
  return named.find((candidate) => candidate.checkVisibility()) ?? named[0];
}

const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Presses the app's control named `name`: its button, or — for an action
 * that lives in a menu ("More actions" keeps some always, and more as the
 * pane narrows) — the item of that name, its menu opened for the purpose and
 * closed again when it is not there. False when there is none.
 */
export async function pressButton(name: string): Promise<boolean> {
  const button = control(
    document,
    'button:not([role="menuitem"])',
    name,
    (element) => element.getAttribute('aria-label') ?? element.textContent,
  );
  if (button) {
    button.click();
    return true;
  }
  for (const trigger of Array.from(document.querySelectorAll<HTMLButtonElement>('button[aria-haspopup="menu"]'))) {
    if (trigger.disabled || !trigger.checkVisibility()) continue;
    trigger.click();
    await nextFrame();
    const menu = document.getElementById(trigger.getAttribute('aria-controls') ?? '');
    const item = menu && control(menu, '[role="menuitem"]', name, (element) => element.querySelector('.menu-item-label')?.textContent);
    if (item) {
      item.click();
      return true;
    }
    trigger.click();
    await nextFrame();
  }
  return false;
}
