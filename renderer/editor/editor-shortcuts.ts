import { Extension } from '@tiptap/core';

export interface EditorShortcutsOptions {
  /** Mod-K: open the link popover. @default no-op */
  onOpenLink: () => void;
}

/** Briefdesk's own editor shortcuts (those that open the app's dialogs). */
export const EditorShortcuts = Extension.create<EditorShortcutsOptions>({
  name: 'briefdeskShortcuts',

  addOptions() {
    return { onOpenLink: () => undefined };
  },

  addKeyboardShortcuts() {
    return {
      'Mod-k': () => {
        this.options.onOpenLink();
        return true;
      },
    };
  },
});
