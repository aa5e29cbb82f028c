/** An action of the brief's bar that opens one of its dialogs. */
export interface BarAction {
  dialog: 'publish' | 'preview' | 'export' | 'history';
  label: string;
  /** The tooltip (the shortcut is added to it). */
  title: string;
  /** The shortcut: its key with Mod, and the modifiers beside Mod; `keys` is its aria-keyshortcuts. */
  shortcut?: { key: string; alt?: boolean; shift?: boolean; keys: string };
  /** Always in the bar, drawn as the main action. */
  primary?: boolean;
}

/**
 * The bar's actions in reading order. The non-primary ones leave the bar for
 * the "More actions" menu as the pane narrows, the first listed first
 * (History, then Export, then Preview: renderer/styles/editor-actions.css).
 */
export const BAR_ACTIONS: readonly BarAction[] = [
  {
    dialog: 'history',
    label: 'History',
    title: 'Earlier versions of this brief: compare, restore, save a named version',
    shortcut: { key: 'H', shift: true, keys: 'Control+Shift+H Meta+Shift+H' },
  },
  {
    dialog: 'export',
    label: 'Export',
    title: 'Save this brief as an HTML page, Markdown, PDF or JSON',
    shortcut: { key: 'E', keys: 'Control+E Meta+E' },
  },
  {
    dialog: 'preview',
    label: 'Preview',
    title: 'The exported page, in light, dark and print views',
    shortcut: { key: 'P', shift: true, keys: 'Control+Shift+P Meta+Shift+P' },
  },
  {
    dialog: 'publish',
    label: 'Publish',
    title: 'Publish this brief to a WordPress site or a static-site folder',
    shortcut: { key: 'P', alt: true, keys: 'Control+Alt+P Meta+Alt+P' },
    primary: true,
  },
];
