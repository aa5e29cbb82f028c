import { useDialogShortcut } from '../keyboard/use-dialog-shortcut';

/**
 * Mod-Alt-E opens Export briefs (Mod-E exports the open brief; Mod-Shift-E
 * inserts an Editor's Desk in the body). Does nothing when `enabled` is false.
 */
export function useBulkExportShortcut(onOpen: () => void, enabled: boolean): void {
  useDialogShortcut({ code: 'KeyE', alt: true }, onOpen, enabled);
}
