import { useDialogShortcut } from '../keyboard/use-dialog-shortcut';

/**
 * Mod-Shift-H opens the open brief's History. (Mod-Alt-H is "Hide Others"
 * on a Mac, Mod-H hides the app there; the body editor binds no Mod-Shift-H.)
 */
export function useHistoryShortcut(onOpen: () => void): void {
  useDialogShortcut({ code: 'KeyH', shift: true }, onOpen);
}
