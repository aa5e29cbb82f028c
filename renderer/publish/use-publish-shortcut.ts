import { useDialogShortcut } from '../keyboard/use-dialog-shortcut';

/** Mod-Alt-P opens Publish for the open brief (Mod-Shift-P is Preview, Mod-P prints). */
export function usePublishShortcut(onOpen: () => void): void {
  useDialogShortcut({ code: 'KeyP', alt: true }, onOpen);
}
