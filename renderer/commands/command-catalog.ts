/** A key chord: Mod is Ctrl (Cmd on a Mac). `code` is the physical key (`KeyF`), `key` how it is written ("F"). */
export interface Shortcut {
  key: string;
  code: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type CommandGroup = 'Brief' | 'Library' | 'Find' | 'Writing' | 'Help';

/** One command of the app: its name, group and shortcut. `palette: false` lists it in the help only (keys of the editor). */
export interface CommandInfo {
  id: string;
  label: string;
  group: CommandGroup;
  shortcut?: Shortcut;
  /** Another chord that does the same. */
  alternative?: Shortcut;
  /** Needs an open brief. */
  needsBrief?: boolean;
  /** For a command with no key: the name of the app's button that does it (the palette presses it). */
  button?: string;
  palette?: boolean;
}

const mod = (key: string, code: string, more: Omit<Shortcut, 'key' | 'code' | 'mod'> = {}): Shortcut => ({ key, code, mod: true, ...more });

/**
 * Every command and shortcut of Briefdesk: the one list the command palette,
 * the Keyboard shortcuts dialog and the README's table are made from (a unit
 * test compares the README with it).
 */
export const COMMANDS: readonly CommandInfo[] = [
  { id: 'palette', label: 'Command palette', group: 'Help', shortcut: mod('L', 'KeyL', { shift: true }), palette: false },
  { id: 'shortcuts', label: 'Keyboard shortcuts', group: 'Help', shortcut: mod('/', 'Slash') },

  { id: 'new-brief', label: 'New brief', group: 'Library', shortcut: mod('N', 'KeyN', { alt: true }) },
  { id: 'new-from-template', label: 'New brief from template…', group: 'Library', button: 'Choose template' },
  { id: 'import', label: 'Import…', group: 'Library', shortcut: mod('O', 'KeyO') },
  { id: 'export-briefs', label: 'Export briefs…', group: 'Library', shortcut: mod('E', 'KeyE', { alt: true }) },
  { id: 'find-in-briefs', label: 'Find in all briefs…', group: 'Library', shortcut: mod('F', 'KeyF', { shift: true, alt: true }) },
  { id: 'replace-in-briefs', label: 'Replace in all briefs…', group: 'Library', shortcut: mod('H', 'KeyH', { shift: true, alt: true }) },
  { id: 'desk-library', label: 'Desk blocks', group: 'Library', button: 'Desk blocks' },
  { id: 'trash', label: 'Trash', group: 'Library', button: 'Trash' },
  { id: 'outbox', label: 'Outbox', group: 'Library', button: 'Outbox' },
  { id: 'settings', label: 'Settings', group: 'Library', button: 'Settings' },
  { id: 'backup', label: 'Back up library', group: 'Library', button: 'Back up library' },
  { id: 'restore-backup', label: 'Restore from backup…', group: 'Library', button: 'Restore from backup…' },
  { id: 'auto-backups', label: 'Automatic backups…', group: 'Library', button: 'Automatic backups…' },

  { id: 'save', label: 'Save now', group: 'Brief', shortcut: mod('S', 'KeyS'), needsBrief: true },
  { id: 'preview', label: 'Preview', group: 'Brief', shortcut: mod('P', 'KeyP', { shift: true }), needsBrief: true },
  { id: 'export', label: 'Export…', group: 'Brief', shortcut: mod('E', 'KeyE'), needsBrief: true },
  { id: 'publish', label: 'Publish…', group: 'Brief', shortcut: mod('P', 'KeyP', { alt: true }), needsBrief: true },
  { id: 'history', label: 'History', group: 'Brief', shortcut: mod('H', 'KeyH', { shift: true }), needsBrief: true },
  { id: 'outline', label: 'Outline', group: 'Brief', needsBrief: true, button: 'Outline' },
  { id: 'insert-desk-block', label: 'Insert desk block…', group: 'Brief', needsBrief: true, button: 'Insert desk block…' },
  { id: 'save-template', label: 'Save as template…', group: 'Brief', needsBrief: true, button: 'Save as template…' },
  { id: 'duplicate', label: 'Duplicate brief', group: 'Brief', needsBrief: true, button: 'Duplicate brief' },
  { id: 'delete', label: 'Delete brief', group: 'Brief', needsBrief: true, button: 'Delete brief' },

  { id: 'find', label: 'Find', group: 'Find', shortcut: mod('F', 'KeyF'), needsBrief: true },
  {
    id: 'replace',
    label: 'Replace',
    group: 'Find',
    shortcut: mod('H', 'KeyH'),
    alternative: mod('F', 'KeyF', { alt: true }),
    needsBrief: true,
  },
  {
    id: 'find-next',
    label: 'Next match',
    group: 'Find',
    shortcut: { key: 'F3', code: 'F3' },
    alternative: { key: 'Enter', code: 'Enter' },
    palette: false,
  },
  {
    id: 'find-previous',
    label: 'Previous match',
    group: 'Find',
    shortcut: { key: 'F3', code: 'F3', shift: true },
    alternative: { key: 'Enter', code: 'Enter', shift: true },
    palette: false,
  },

  { id: 'focus-mode', label: 'Focus mode', group: 'Writing', shortcut: mod('F', 'KeyF', { shift: true }) },
  { id: 'bold', label: 'Bold', group: 'Writing', shortcut: mod('B', 'KeyB'), palette: false },
  { id: 'italic', label: 'Italic', group: 'Writing', shortcut: mod('I', 'KeyI'), palette: false },
  { id: 'link', label: 'Link', group: 'Writing', shortcut: mod('K', 'KeyK'), palette: false },
  { id: 'paste-plain', label: 'Paste as plain text', group: 'Writing', shortcut: mod('V', 'KeyV', { shift: true }), palette: false },
  { id: 'takeaways', label: 'Insert Key Takeaways', group: 'Writing', shortcut: mod('K', 'KeyK', { shift: true }), palette: false },
  { id: 'desk', label: 'Insert Editor’s Desk', group: 'Writing', shortcut: mod('E', 'KeyE', { shift: true }), palette: false },
  { id: 'table', label: 'Insert table', group: 'Writing', needsBrief: true, button: 'Table' },
  ...(
    [
      ['Add row above', 'add row above'],
      ['Add row below', 'add row below'],
      ['Add column left', 'add column left'],
      ['Add column right', 'add column right'],
      ['Delete row', 'delete row'],
      ['Delete column', 'delete column'],
      ['Header row', 'header row on or off'],
      ['Delete table', 'delete it'],
    ] as const
  ).map(([button, label]): CommandInfo => ({
    id: `table-${button}`,
    label: `Table: ${label}`,
    group: 'Writing',
    needsBrief: true,
    button,
  })),
  { id: 'table-next-cell', label: 'Next table cell', group: 'Writing', shortcut: { key: 'Tab', code: 'Tab' }, palette: false },
  {
    id: 'table-previous-cell',
    label: 'Previous table cell',
    group: 'Writing',
    shortcut: { key: 'Tab', code: 'Tab', shift: true },
    palette: false,
  },
  { id: 'move-up', label: 'Move takeaway up', group: 'Writing', shortcut: { key: '↑', code: 'ArrowUp', alt: true }, palette: false },
  { id: 'move-down', label: 'Move takeaway down', group: 'Writing', shortcut: { key: '↓', code: 'ArrowDown', alt: true }, palette: false },
  { id: 'undo', label: 'Undo', group: 'Writing', shortcut: mod('Z', 'KeyZ'), palette: false },
  { id: 'redo', label: 'Redo', group: 'Writing', shortcut: mod('Z', 'KeyZ', { shift: true }), palette: false },
];

/** The groups in the order the palette and the help show them. */
export const COMMAND_GROUPS: readonly CommandGroup[] = ['Brief', 'Find', 'Library', 'Writing', 'Help'];

/** A chord as the README writes it, for both platforms: "Ctrl/Cmd+Shift+L", "Shift+F3". */
export function shortcutText(shortcut: Shortcut): string {
  return [shortcut.mod ? 'Ctrl/Cmd' : null, shortcut.shift ? 'Shift' : null, shortcut.alt ? 'Alt' : null, shortcut.key]
    .filter((part) => part !== null)
    .join('+');
}

/** The key chord of command `id` (or its alternative), as the shortcut hooks take it; throws for an unknown id. */
export function chordOf(id: string, which: 'shortcut' | 'alternative' = 'shortcut'): { code: string; shift?: boolean; alt?: boolean } {
  const shortcut = COMMANDS.find((command) => command.id === id)?.[which];
  if (!shortcut) throw new Error(`No ${which} for the command "${id}".`);
  return { code: shortcut.code, shift: shortcut.shift, alt: shortcut.alt };
}
